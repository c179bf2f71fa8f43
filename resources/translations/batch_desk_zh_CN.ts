<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <source>Batch jobs for Alibaba Cloud Model Studio: spreadsheet in, Excel-ready answers out.</source>
        <translation>阿里云百炼批量任务：表格进，Excel 可直接打开的结果出。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Folders the app uses</source>
        <translation>应用使用的文件夹</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Jobs and answers</source>
        <translation>任务和结果</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Keychain: {where}.</source>
        <translation>钥匙串：{where}。</translation>
    </message>
    <message>
        <source>Keychain: none available — keys are kept for this session only.</source>
        <translation>钥匙串：不可用 — 密钥仅在本次运行期间保留。</translation>
    </message>
    <message>
        <source>{folder} folder</source>
        <translation>{folder}文件夹</translation>
    </message>
    <message>
        <source>Open the {folder} folder</source>
        <translation>打开“{folder}”文件夹</translation>
    </message>
    <message>
        <source>Keychain: looking…</source>
        <translation>钥匙串：正在查找…</translation>
    </message>
    <message>
        <source>Keychain in use</source>
        <translation>正在使用的钥匙串</translation>
    </message>
    <message>
        <source>Licence: &lt;a href=&apos;{url}&apos;&gt;{licence}&lt;/a&gt;. Made for people who are not programmers.</source>
        <translation>许可证：&lt;a href=&apos;{url}&apos;&gt;{licence}&lt;/a&gt;。为不会编程的人而做。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>ConfirmSubmitDialog</name>
    <message>
        <source>Confirm the billed submit</source>
        <translation>确认付费提交</translation>
    </message>
    <message>
        <source>&lt;b&gt;{region}&lt;/b&gt; · model &lt;b&gt;{model}&lt;/b&gt; · {requests} request(s)</source>
        <translation>&lt;b&gt;{region}&lt;/b&gt; · 模型 &lt;b&gt;{model}&lt;/b&gt; · {requests} 个请求</translation>
    </message>
    <message>
        <source>This will be billed to the key of {region}.</source>
        <translation>费用将计入 {region} 的 API Key。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{region}&lt;/b&gt; · {count} batches, each billed · {requests} requests in all</source>
        <translation>&lt;b&gt;{region}&lt;/b&gt; · {count} 个批量任务，每个都会计费 · 共 {requests} 个请求</translation>
    </message>
    <message>
        <source>&lt;b&gt;All {count} batches together:&lt;/b&gt;</source>
        <translation>&lt;b&gt;全部 {count} 个批量任务合计：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Submit and pay</source>
        <translation>提交并付费</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop a batch file (.jsonl) here</source>
        <translation>将批量文件（.jsonl）拖放到这里</translation>
    </message>
    <message>
        <source>One JSON request per line, as the Batch API expects. Nothing is uploaded until you press Submit.</source>
        <translation>每行一个 JSON 请求，符合 Batch 接口的要求。在您点击“提交”之前，不会上传任何内容。</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Open a batch file</source>
        <translation>打开批量文件</translation>
    </message>
    <message>
        <source>{name} is open — drop another file to replace it</source>
        <translation>已打开 {name}，拖入其他文件即可替换</translation>
    </message>
</context>
<context>
    <name>EditorProblemsModel</name>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>需要修改的地方</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <source>Line {line} · sheet row {row}</source>
        <translation>第 {line} 行 · 表格第 {row} 行</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>Error — must be fixed before submitting</source>
        <translation>错误——提交前必须修正</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>{kind}

{message}

(code: {code})</source>
        <translation>{kind}

{message}

（代码：{code}）</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The second prompt cannot be used: {reason}</source>
        <translation>第二个提示词无法使用：{reason}</translation>
    </message>
    <message>
        <source>The requests for &quot;{model}&quot; did not pass the check, so nothing was sent. Check the model name.</source>
        <translation>“{model}”的请求未通过检查，因此没有发送任何内容。请检查模型名称。</translation>
    </message>
    <message>
        <source>The answers of this comparison have not been downloaded yet. They are fetched automatically when each job finishes.</source>
        <translation>此对比的回答尚未下载。每个作业完成后会自动获取。</translation>
    </message>
    <message>
        <source>Not submitted: this job may cost up to {cost} ({requests} requests, {input_tokens} input tokens, up to {output_tokens} output tokens), above your spending cap of {cap} per job. Lower max_tokens, split the file, or raise the cap in Settings.</source>
        <translation>未提交：此任务最多可能花费 {cost}（{requests} 个请求，{input_tokens} 个输入 token，最多 {output_tokens} 个输出 token），超过了您设定的每个任务 {cap} 的支出上限。请降低 max_tokens、拆分文件，或在设置中提高上限。</translation>
    </message>
    <message>
        <source>Not submitted: your spending cap is {cap} per job, and the upper end of this job&apos;s cost cannot be estimated ({reasons}). Bound it (for example set max_tokens), or raise or clear the cap in Settings.</source>
        <translation>未提交：您的支出上限为每个任务 {cap}，而此任务费用的上限无法估算（{reasons}）。请为其设定上限（例如设置 max_tokens），或在设置中提高或清除支出上限。</translation>
    </message>
    <message>
        <source>Not submitted: nothing was sent.</source>
        <translation>未提交：没有发送任何内容。</translation>
    </message>
    <message>
        <source>The key was refused by {region}. Each region has its own key — a Singapore key does not work in Beijing; check you chose the right region, then paste the key for that region again (API keys settings).</source>
        <translation>{region} 拒绝了该 API Key。每个地域都有自己的 API Key——新加坡的 Key 在北京无法使用；请确认选对了地域，然后重新粘贴该地域的 API Key（API Key 设置）。</translation>
    </message>
    <message>
        <source>{region} accepted the key but does not allow this action for its account. The server said: {said}. Check that Model Studio (and batch inference) is enabled for the account and that the key&apos;s workspace has access, or ask the account owner.</source>
        <translation>{region} 接受了该 API Key，但其账号不允许执行此操作。服务器返回：{said}。请确认该账号已开通百炼（及批量推理），且 API Key 所属的业务空间有权限，或联系账号所有者。</translation>
    </message>
    <message>
        <source>{region} accepted the key but does not allow this action for its account. Check that Model Studio (and batch inference) is enabled for the account and that the key&apos;s workspace has access, or ask the account owner.</source>
        <translation>{region} 接受了该 API Key，但其账号不允许执行此操作。请确认该账号已开通百炼（及批量推理），且 API Key 所属的业务空间有权限，或联系账号所有者。</translation>
    </message>
    <message>
        <source>{what} was not found on {region}. Batches can only be looked up for {days} days after they were created; it may also belong to another region or have been deleted.</source>
        <translation>在 {region} 上找不到{what}。批量任务只能在创建后 {days} 天内查询；它也可能属于其他地域，或已被删除。</translation>
    </message>
    <message>
        <source>{region} rejected the request: {said}. Fix the problem it names, then try again.</source>
        <translation>{region} 拒绝了该请求：{said}。请修正其中指出的问题，然后重试。</translation>
    </message>
    <message>
        <source>{region} is busy or the account sent too many requests (rate limit). The server said: {said}. Wait a minute and try again.</source>
        <translation>{region} 繁忙，或该账号发送的请求过多（限流）。服务器返回：{said}。请等一分钟后重试。</translation>
    </message>
    <message>
        <source>{region} is busy or the account sent too many requests (rate limit). Wait a minute and try again.</source>
        <translation>{region} 繁忙，或该账号发送的请求过多（限流）。请等一分钟后重试。</translation>
    </message>
    <message>
        <source>{region} had an internal problem (HTTP {status}). This is usually temporary: try again in a few minutes.</source>
        <translation>{region} 出现内部问题（HTTP {status}）。这通常是暂时的：请几分钟后重试。</translation>
    </message>
    <message>
        <source>{region} had an internal problem. This is usually temporary: try again in a few minutes.</source>
        <translation>{region} 出现内部问题。这通常是暂时的：请几分钟后重试。</translation>
    </message>
    <message>
        <source>Could not reach {region}: {reason}. Check the internet connection (and any proxy or VPN), then try again.</source>
        <translation>无法连接 {region}：{reason}。请检查网络连接（以及代理或 VPN），然后重试。</translation>
    </message>
    <message>
        <source>The server for {region} answered in an unexpected way: {what}. Check that the base URL points at an OpenAI-compatible Batch API (it usually ends in /v1).</source>
        <translation>{region} 的服务器返回了意外的响应：{what}。请检查 Base URL 是否指向兼容 OpenAI 的 Batch 接口（通常以 /v1 结尾）。</translation>
    </message>
    <message>
        <source>We cannot tell yet whether {region} made this batch: {reason}. Don&apos;t submit the file again — it could run and be billed twice; the app checks every minute and shows the batch as soon as the service lists it.</source>
        <translation>目前还无法确定{region}是否已创建此批处理任务：{reason}。请不要再次提交该文件——否则可能运行两次并被计费两次；应用每分钟检查一次，服务一列出该任务就会显示。</translation>
    </message>
    <message>
        <source>Something went wrong while talking to {region}: {kind}. Try again; if it keeps happening, send the log file to support.</source>
        <translation>与 {region} 通信时出错：{kind}。请重试；如果问题持续出现，请把日志文件发给技术支持。</translation>
    </message>
    <message>
        <source>The tokens were not counted: the token counter stopped before it finished, so the cost is unknown. Try again; if it happens again, restart Batch Desk.</source>
        <translation>未能统计 token：token 计数进程在完成前停止了，因此费用未知。请重试；如果再次出现，请重新启动 Batch Desk。</translation>
    </message>
    <message>
        <source>Not exported: an Excel sheet holds at most {limit} rows, and these answers need {rows} (with the header row). Nothing was written. Export them as CSV instead: it has no row limit.</source>
        <translation>未导出：一个 Excel 工作表最多只能容纳 {limit} 行，而这些答案需要 {rows} 行（含标题行）。没有写入任何内容。请改为导出 CSV：CSV 没有行数限制。</translation>
    </message>
    <message>
        <source>{waiting} of the {parts} parts have no downloaded answers yet; they are fetched when each part finishes.</source>
        <translation>{parts} 个部分中有 {waiting} 个的结果尚未下载；每个部分完成时会自动获取。</translation>
    </message>
    <message>
        <source>{sentences}</source>
        <translation>{sentences}</translation>
    </message>
    <message>
        <source>That is the spreadsheet the requests were made from; the app never overwrites it. Choose another name.</source>
        <translation>这是生成请求所用的电子表格，应用绝不会覆盖它。请换一个文件名。</translation>
    </message>
    <message>
        <source>The file to upload did not pass the check. Check the problems and try again.</source>
        <translation>要上传的文件没有通过检查。请查看问题后重试。</translation>
    </message>
    <message>
        <source>The requests kept changing while they were being checked. Try again.</source>
        <translation>检查期间请求一直在变化。请重试。</translation>
    </message>
    <message>
        <source>This file is {kind}, not a table. Open a CSV, TSV or TXT text file or an Excel workbook (.xlsx).</source>
        <translation>该文件是{kind}，不是表格。请打开 CSV、TSV 或 TXT 文本文件，或 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>This file does not look like text in any encoding the app knows. Open a CSV, TSV or TXT text file or an Excel workbook (.xlsx).</source>
        <translation>该文件看起来不是本应用支持的任何编码的文本。请打开 CSV、TSV 或 TXT 文本文件，或 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>{name} is a zip archive, not a table this app reads. Open a CSV, TSV or TXT text file or an Excel or LibreOffice workbook.</source>
        <translation>{name} 是 zip 压缩包，不是本应用能读取的表格。请打开 CSV、TSV 或 TXT 文本文件，或 Excel、LibreOffice 工作簿。</translation>
    </message>
    <message>
        <source>{name} cannot be read as an Excel workbook (it may be damaged or password-protected). Open it in Excel and save it again as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</source>
        <translation>无法将 {name} 作为 Excel 工作簿读取（可能已损坏或设有密码）。请在 Excel 中打开，并重新另存为 &quot;Excel 工作簿 (.xlsx)&quot; 或 &quot;CSV UTF-8&quot;。</translation>
    </message>
    <message>
        <source>{name} cannot be read as an {kind} (it may be damaged or password-protected). Open it in Excel or LibreOffice and save it again as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</source>
        <translation>无法将 {name} 作为{kind}读取（可能已损坏或设有密码）。请在 Excel 或 LibreOffice 中打开，并重新另存为 &quot;Excel 工作簿 (.xlsx)&quot; 或 &quot;CSV UTF-8&quot;。</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes). Choose the file that holds your data.</source>
        <translation>{name} 是空文件（0 字节）。请选择包含数据的文件。</translation>
    </message>
    <message>
        <source>{name} holds no text (only empty lines or spaces). Choose the file with your data.</source>
        <translation>{name} 中没有文本（只有空行或空格）。请选择包含数据的文件。</translation>
    </message>
    <message>
        <source>{name} holds no cells. Choose the file with your data.</source>
        <translation>{name} 中没有单元格。请选择包含数据的文件。</translation>
    </message>
    <message>
        <source>The workbook {name} has no sheets.</source>
        <translation>工作簿 {name} 中没有工作表。</translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; of {name} is empty. Choose the sheet with your data.</source>
        <translation>{name} 的工作表“{sheet}”为空。请选择包含数据的工作表。</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the table has {columns} columns. Check that row for a missing or extra separator, or a quote that is not closed.</source>
        <translation>第 {row} 行有 {cells} 个单元格，但表格有 {columns} 列。请检查该行是否少了或多了分隔符，或有未闭合的引号。</translation>
    </message>
    <message>
        <source>Line {line} of the file has bytes that are not valid {encoding}. Choose another encoding (the preview shows which one makes the text readable), or save the file again as UTF-8.</source>
        <translation>文件第 {line} 行包含不符合 {encoding} 的字节。请选择其他编码（预览会显示哪种编码能正确显示文字），或将文件重新保存为 UTF-8。</translation>
    </message>
    <message>
        <source>Near row {row}, the file has bytes that are not valid {encoding}. Choose another encoding (the preview shows which one makes the text readable), or save the file again as UTF-8.</source>
        <translation>在第 {row} 行附近，文件包含不符合 {encoding} 的字节。请选择其他编码（预览会显示哪种编码能正确显示文字），或将文件重新保存为 UTF-8。</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not an encoding this app knows. Choose one from the list.</source>
        <translation>“{encoding}”不是本应用认识的编码。请从列表中选择一个。</translation>
    </message>
    <message>
        <source>Row {row} cannot be split into cells: {detail}. Usually a quote (&quot;) in a cell is not closed; fix that row in Excel or a text editor and try again.</source>
        <translation>第 {row} 行无法拆分为单元格：{detail}。通常是某个单元格中的引号（&quot;）没有闭合；请在 Excel 或文本编辑器中修正该行后重试。</translation>
    </message>
    <message>
        <source>The file {path} was not found. It may have been moved, renamed or deleted.</source>
        <translation>找不到文件 {path}。它可能已被移动、重命名或删除。</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened: {reason}.</source>
        <translation>无法打开文件 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file. Choose a file inside it.</source>
        <translation>{path} 是文件夹，不是文件。请选择其中的一个文件。</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened: permission denied, or another program (often Excel) has it locked. Close it there, or copy the file, and try again.</source>
        <translation>无法打开文件 {name}：权限不足，或被其他程序（通常是 Excel）锁定。请在那边关闭它，或复制一份文件，然后重试。</translation>
    </message>
    <message>
        <source>The workbook {name} cannot be opened: permission denied, or another program has it locked. Close it there, or copy the file, and try again.</source>
        <translation>无法打开工作簿 {name}：权限不足，或被其他程序锁定。请在那边关闭它，或复制一份文件，然后重试。</translation>
    </message>
    <message>
        <source>This workbook was closed. Open the file again.</source>
        <translation>该工作簿已关闭。请重新打开文件。</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, a pipe or a socket), so it cannot be read as a table. Choose a saved CSV, TSV, TXT or Excel file.</source>
        <translation>{path} 不是普通文件（而是设备、管道或套接字），无法作为表格读取。请选择已保存的 CSV、TSV、TXT 或 Excel 文件。</translation>
    </message>
    <message>
        <source>{name} is not read: one part of it would grow from {stored_mb} MB to {size_mb} MB when opened, far more than any real spreadsheet. It may be damaged or built to overload the computer. Open it in Excel and save it again, or save it as CSV UTF-8 and open that file.</source>
        <translation>未读取 {name}：其中一部分打开后会从 {stored_mb} MB 膨胀到 {size_mb} MB，远超任何真实的电子表格。该文件可能已损坏，或是为使电脑过载而特意制作的。请在 Excel 中打开并重新保存，或另存为 CSV UTF-8 后打开那个文件。</translation>
    </message>
    <message>
        <source>{name} would take {size_mb} MB once opened; the app reads workbooks up to {max_mb} MB opened. In Excel use &quot;Save As&quot; → &quot;CSV UTF-8&quot; and open that file instead: CSV files of any size are read piece by piece.</source>
        <translation>{name} 打开后将占用 {size_mb} MB；本应用读取的工作簿打开后最多 {max_mb} MB。请在 Excel 中使用“另存为”→“CSV UTF-8”，然后改为打开那个文件：任意大小的 CSV 文件都会分段读取。</translation>
    </message>
    <message>
        <source>Row {row}, column {column} of the sheet &quot;{sheet}&quot; holds more than {max_mb} MB of text; one request can be at most that long, so the file was not read further. Shorten that cell.</source>
        <translation>工作表“{sheet}”第 {row} 行第 {column} 列的文本超过 {max_mb} MB；一个请求最多只能这么长，因此未继续读取该文件。请缩短该单元格。</translation>
    </message>
    <message>
        <source>This workbook is {size_mb} MB; the app reads workbooks up to {max_mb} MB. In Excel use &quot;Save As&quot; → &quot;CSV UTF-8&quot; and open that file instead: CSV files of any size are read piece by piece.</source>
        <translation>该工作簿大小为 {size_mb} MB；本应用最多读取 {max_mb} MB 的工作簿。请在 Excel 中使用“另存为”→“CSV UTF-8”，然后打开那个文件：任意大小的 CSV 文件都会分块读取。</translation>
    </message>
    <message>
        <source>This workbook is {size_mb} MB; the app reads workbooks up to {max_mb} MB. Save the sheet as &quot;CSV UTF-8&quot; and open that file instead: CSV files of any size are read piece by piece.</source>
        <translation>该工作簿大小为 {size_mb} MB；本应用最多读取 {max_mb} MB 的工作簿。请将工作表另存为“CSV UTF-8”，然后打开那个文件：任意大小的 CSV 文件都会分块读取。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;{sheet}&quot;. Its sheets are: {sheets}.</source>
        <translation>工作簿中没有名为“{sheet}”的工作表。现有的工作表：{sheets}。</translation>
    </message>
    <message>
        <source>The list limit (100 calls a minute) is reached; try again in a minute.</source>
        <translation>已达到列表查询上限（每分钟 100 次）；请一分钟后再试。</translation>
    </message>
    <message>
        <source>The export stopped: one of its helper processes ended unexpectedly (exit code {code}), perhaps for lack of memory. Nothing was written. Close other programs, then export again.</source>
        <translation>导出已停止：它的一个辅助进程意外结束（退出代码 {code}），可能是内存不足。没有写入任何内容。请关闭其他程序，然后重新导出。</translation>
    </message>
    <message>
        <source>The job list was written by a newer version of Batch Desk. Update the app to open it.</source>
        <translation>任务列表是由更新版本的 Batch Desk 写入的。请更新应用后再打开。</translation>
    </message>
    <message>
        <source>The job list file is in use by another program and could not be opened: {path}. Nothing was changed. Close any other Batch Desk window (or the program using that file) and try again.</source>
        <translation>任务列表文件正被其他程序使用，无法打开：{path}。没有做任何更改。请关闭其他 Batch Desk 窗口（或正在使用该文件的程序）后重试。</translation>
    </message>
    <message>
        <source>The job list file is damaged and cannot be opened: {path}. Nothing was changed or deleted. A copy of it was saved as {copy}. Close the app, rename or move that file, and start again to begin a new job list; batches already submitted stay on the server (for 30 days) and can be imported again from there.</source>
        <translation>任务列表文件已损坏，无法打开：{path}。没有更改或删除任何内容。已将它的副本保存为 {copy}。请关闭应用，重命名或移走该文件，然后重新启动以开始新的任务列表；已提交的批处理会在服务器上保留（30 天），可以从那里重新导入。</translation>
    </message>
    <message>
        <source>The job list file is damaged and cannot be opened: {path}. Nothing was changed or deleted. Close the app, rename or move that file, and start again to begin a new job list; batches already submitted stay on the server (for 30 days) and can be imported again from there.</source>
        <translation>任务列表文件已损坏，无法打开：{path}。没有更改或删除任何内容。请关闭应用，重命名或移走该文件，然后重新启动以开始新的任务列表；已提交的批处理会在服务器上保留（30 天），可以从那里重新导入。</translation>
    </message>
    <message>
        <source>This exact file was already submitted to this region as “{name}” ({batch_ref}, {status}, {when}). Submitting it again would run — and bill — every request a second time; its answers are in the Jobs tab.</source>
        <translation>这个文件已经以“{name}”（{batch_ref}，{status}，{when}）提交到此区域。再次提交会把每个请求再运行一次——并再计费一次；它的结果在“任务与结果”标签页中。</translation>
    </message>
    <message>
        <source>This exact file was already submitted to this region as “{name}” ({batch_ref}, {status}). Submitting it again would run — and bill — every request a second time; its answers are in the Jobs tab.</source>
        <translation>这个文件已经以“{name}”（{batch_ref}，{status}）提交到此区域。再次提交会把每个请求再运行一次——并再计费一次；它的结果在“任务与结果”标签页中。</translation>
    </message>
    <message>
        <source>This exact file was just submitted to this region as “{job_name}” ({when}), and we cannot tell yet whether the service made that batch. Don&apos;t submit it again — it could run and be billed twice; the app checks every minute and the Jobs tab shows the batch as soon as the service lists it.</source>
        <translation>这个文件刚刚以“{job_name}”（{when}）提交到此区域，目前还无法确定服务是否已创建该批处理。请不要再次提交——它可能会运行两次并计费两次；应用每分钟检查一次，服务列出该批处理后，“任务与结果”标签页会立即显示它。</translation>
    </message>
    <message>
        <source>This exact file was just submitted to this region as “{job_name}”, and we cannot tell yet whether the service made that batch. Don&apos;t submit it again — it could run and be billed twice; the app checks every minute and the Jobs tab shows the batch as soon as the service lists it.</source>
        <translation>这个文件刚刚以“{job_name}”提交到此区域，目前还无法确定服务是否已创建该批处理。请不要再次提交——它可能会运行两次并计费两次；应用每分钟检查一次，服务列出该批处理后，“任务与结果”标签页会立即显示它。</translation>
    </message>
    <message>
        <source>This batch ended ({status}) without result files, so there is nothing to download.</source>
        <translation>该批处理已结束（{status}），没有结果文件，因此没有可下载的内容。</translation>
    </message>
    <message>
        <source>This batch is not finished yet (status: {status}). Results can be downloaded once it has completed.</source>
        <translation>该批处理尚未完成（状态：{status}）。完成后才能下载结果。</translation>
    </message>
    <message>
        <source>The answers of this job have not been downloaded yet. They are fetched automatically when it finishes.</source>
        <translation>该任务的结果尚未下载。任务完成时会自动获取。</translation>
    </message>
    <message>
        <source>Every request of this job already has a successful answer: there is nothing to re-run.</source>
        <translation>该任务的每个请求都已有成功的结果：没有需要重新运行的内容。</translation>
    </message>
    <message>
        <source>The answers of this job are not downloaded yet, so its files stay on the server.</source>
        <translation>该任务的结果尚未下载，因此其文件会保留在服务器上。</translation>
    </message>
    <message>
        <source>This job was not submitted from this computer (or its input file moved), so its requests are not here to put the answers next to. {reason}</source>
        <translation>该任务不是从这台电脑提交的（或其输入文件已被移动），因此这里没有它的请求，无法把结果放在请求旁边。{reason}</translation>
    </message>
    <message>
        <source>No job belongs to this group.</source>
        <translation>没有任务属于这个组。</translation>
    </message>
    <message>
        <source>This job was never created on the server, so there is nothing to download.</source>
        <translation>该任务从未在服务器上创建，因此没有可下载的内容。</translation>
    </message>
    <message>
        <source>This job was never created on the server, so there is nothing to re-run.</source>
        <translation>该任务从未在服务器上创建，因此没有可重新运行的内容。</translation>
    </message>
    <message>
        <source>This job was never created on the server, so it has no files there.</source>
        <translation>该任务从未在服务器上创建，因此服务器上没有它的文件。</translation>
    </message>
    <message>
        <source>This job already ended ({status}); there is nothing to cancel.</source>
        <translation>该任务已经结束（{status}），没有可取消的内容。</translation>
    </message>
    <message>
        <source>This job is already being cancelled.</source>
        <translation>该任务正在取消中。</translation>
    </message>
    <message>
        <source>This job is still running; its files stay on the server until it ends.</source>
        <translation>该任务仍在运行；其文件会保留在服务器上，直到任务结束。</translation>
    </message>
    <message>
        <source>The answers of this job are already downloaded.</source>
        <translation>该任务的结果已经下载。</translation>
    </message>
    <message>
        <source>This job was not submitted from this computer, so its requests are not here.</source>
        <translation>该任务不是从这台电脑提交的，因此这里没有它的请求。</translation>
    </message>
    <message>
        <source>The files of this job were already deleted from the server.</source>
        <translation>该任务的文件已从服务器删除。</translation>
    </message>
    <message>
        <source>We cannot tell yet whether the service made this batch; the app checks every minute. It can be submitted again only once it shows as not created.</source>
        <translation>目前还无法确定服务是否已创建此批处理任务；应用每分钟检查一次。只有在它显示为“未创建”后才能重新提交。</translation>
    </message>
    <message>
        <source>This job is being submitted right now.</source>
        <translation>此任务正在提交中。</translation>
    </message>
    <message>
        <source>This job was created on the server; submitting its file again would bill it a second time.</source>
        <translation>此任务已在服务器上创建；再次提交其文件会被第二次计费。</translation>
    </message>
    <message>
        <source>The requests file of this job changed or is gone since it was submitted ({path}). Open it in the first tab, check it, and submit it from there.</source>
        <translation>此任务的请求文件自提交后已更改或已不存在（{path}）。请在第一个选项卡中打开它，检查后从那里提交。</translation>
    </message>
    <message>
        <source>This job was already submitted again; see the newest job in the list.</source>
        <translation>此任务已重新提交；请查看列表中最新的任务。</translation>
    </message>
    <message>
        <source>A re-run of this job has not finished (or its answers are not downloaded yet). Wait for it: re-running now could send the same requests twice.</source>
        <translation>该任务的重新运行尚未完成（或其结果尚未下载）。请等待：现在重新运行可能会把相同的请求发送两次。</translation>
    </message>
    <message>
        <source>The requests of this job are not on this computer, so they cannot be sent again. {reason}</source>
        <translation>该任务的请求不在本机上，因此无法再次发送。{reason}</translation>
    </message>
    <message>
        <source>The sandbox is not running. Restart the app to start it again.</source>
        <translation>沙箱未在运行。请重启应用以再次启动它。</translation>
    </message>
    <message>
        <source>This file still has problems marked as errors. Fix them, then submit again.</source>
        <translation>该文件仍有标记为错误的问题。请修正后再提交。</translation>
    </message>
    <message>
        <source>This job was never created on the server, so there is nothing to cancel.</source>
        <translation>该任务从未在服务器上创建，因此无需取消。</translation>
    </message>
    <message>
        <source>The answers of this job have not been downloaded yet. Wait for it to finish.</source>
        <translation>该任务的结果尚未下载。请等待它完成。</translation>
    </message>
    <message>
        <source>This file fits in one batch, or still has errors a split does not fix.</source>
        <translation>该文件一个批量任务就能容纳，或仍有拆分无法解决的错误。</translation>
    </message>
    <message>
        <source>There is no readable request to try: fix the lines marked as not valid JSON first.</source>
        <translation>没有可试运行的有效请求：请先修正标记为无效 JSON 的行。</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and name a host.</source>
        <translation>Base URL 必须以 http:// 或 https:// 开头，并包含主机名。</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so keys are kept only until the app closes; you will need to paste them again next time.</source>
        <translation>本机没有可用的系统钥匙串，因此 API Key 只会保存到应用关闭为止；下次需要重新粘贴。</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (or log in again) so keys can be saved; until then they are kept only until the app closes.</source>
        <translation>系统钥匙串已锁定。请解锁（或重新登录）以便保存 API Key；在此之前，Key 只会保存到应用关闭为止。</translation>
    </message>
    <message>
        <source>The system keychain reported a problem, so keys are kept only until the app closes. Restarting the computer or unlocking the keychain usually helps.</source>
        <translation>系统钥匙串报告了问题，因此 API Key 只会保存到应用关闭为止。重启电脑或解锁钥匙串通常可以解决。</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>已保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte-order mark.</source>
        <translation>文件以 UTF-8 字节顺序标记开头。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-32 byte-order mark.</source>
        <translation>文件以 UTF-32 字节顺序标记开头。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-16 byte-order mark.</source>
        <translation>文件以 UTF-16 字节顺序标记开头。</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 text without a byte-order mark.</source>
        <translation>该文件看起来是没有字节顺序标记的 UTF-16 文本。</translation>
    </message>
    <message>
        <source>The text is plain ASCII, which reads the same in UTF-8.</source>
        <translation>文本是纯 ASCII，按 UTF-8 读取结果相同。</translation>
    </message>
    <message>
        <source>Every byte is valid UTF-8.</source>
        <translation>每个字节都是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The text is not UTF-8; it reads best as {encoding} ({confidence} sure).</source>
        <translation>文本不是 UTF-8；按 {encoding} 读取效果最好（把握 {confidence}）。</translation>
    </message>
    <message>
        <source>The text is not UTF-8; {encoding} is the first encoding that reads it. Check the preview and choose another encoding if the text looks wrong.</source>
        <translation>文本不是 UTF-8；{encoding} 是第一个能读取它的编码。请查看预览，如果文字显示不正确，请选择其他编码。</translation>
    </message>
    <message>
        <source>Most lines are UTF-8; each other line is read in the encoding that fits it, and its row says so.</source>
        <translation>大多数行是 UTF-8；其余各行按最合适的编码读取，并在该行上注明。</translation>
    </message>
    <message>
        <source>{count} extra answer(s) for requests this job never sent; they are not counted or shown.</source>
        <translation>有 {count} 个答案对应的请求并非本任务发送的；这些答案不计入统计，也不显示。</translation>
    </message>
    <message>
        <source>{count} request(s) were answered more than once; the first answer of each is kept.</source>
        <translation>有 {count} 个请求收到了不止一个答案；每个请求只保留第一个答案。</translation>
    </message>
    <message>
        <source>Upload failed: {message}</source>
        <translation>上传失败：{message}</translation>
    </message>
    <message>
        <source>The service now uses this job&apos;s id for another job, so this job&apos;s state can no longer be refreshed. Answers already downloaded are kept.</source>
        <translation>服务现在把这个任务的 ID 用在了另一个任务上，因此无法再刷新此任务的状态。已下载的答案会保留。</translation>
    </message>
    <message>
        <source>The text is not UTF-8; it reads as {encoding} (it could also be read as {alternative}, but its characters fit the first better). Check the preview and choose another encoding if the text looks wrong.</source>
        <translation>文本不是 UTF-8；按 {encoding} 可以读取（也可以按 {alternative} 读取，但其中的字符更符合前者）。请查看预览，如果文字看起来不对，请选择其他编码。</translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>由您选择。</translation>
    </message>
    <message>
        <source>Kept in memory for this session only; you will need to enter it again after a restart.</source>
        <translation>仅在本次会话中保存在内存里；重启后需要重新输入。</translation>
    </message>
    <message>
        <source>The job &quot;{name}&quot; is no longer on the server (jobs are kept 30 days). Answers already downloaded stay here.</source>
        <translation>任务“{name}”已不在服务器上（任务保留 30 天）。已下载的回答仍保存在本机。</translation>
    </message>
    <message>
        <source>Job &quot;{name}&quot;: {message}</source>
        <translation>任务“{name}”：{message}</translation>
    </message>
    <message>
        <source>There is no API key for {region} yet. Press API keys…, paste the key for this region and press Save — or switch to the Sandbox to try the app without one.</source>
        <translation>{region} 还没有 API Key。请点击“API Key…”，粘贴该地域的密钥并点击“保存” — 或切换到沙箱，无需密钥即可试用本应用。</translation>
    </message>
</context>
<context>
    <name>Estimate</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Input tokens: about {tokens} (this model uses another tokenizer)</source>
        <translation>输入 token：约 {tokens}（此模型使用其他分词器）</translation>
    </message>
    <message>
        <source>Input tokens: {tokens} (exact)</source>
        <translation>输入 token：{tokens}（精确）</translation>
    </message>
    <message>
        <source>{count} image/video parts not counted</source>
        <translation>{count} 个图片/视频部分未计入</translation>
    </message>
    <message>
        <source>output tokens: {low} to {high}</source>
        <translation>输出 token：{low} 至 {high}</translation>
    </message>
    <message>
        <source>thinking on: thinking tokens are billed as output</source>
        <translation>思考模式开启：思考 token 按输出计费</translation>
    </message>
    <message>
        <source>thinking off</source>
        <translation>思考模式关闭</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost: free&lt;/b&gt; (the test model is not billed)</source>
        <translation>&lt;b&gt;费用：免费&lt;/b&gt;（测试模型不计费）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost: none&lt;/b&gt; — the sandbox is simulated and bills nothing</source>
        <translation>&lt;b&gt;费用：无&lt;/b&gt; — 沙盒为模拟环境，不产生任何费用</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost at batch prices: unknown&lt;/b&gt;</source>
        <translation>&lt;b&gt;按批量价格的费用：未知&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost at batch prices: {low} to {high}&lt;/b&gt;</source>
        <translation>&lt;b&gt;按批量价格的费用：{low} 至 {high}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Prices as listed on {page} on {date}; batch = 50 % of real-time.</source>
        <translation>价格取自 {page}（{date}）；批量价格 = 实时价格的 50 %。</translation>
    </message>
    <message>
        <source>Unknown: {reason}.</source>
        <translation>未知：{reason}。</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>nothing is billed (simulated)</source>
        <translation>不计费（模拟）</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} 至 {high}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;: {requests} requests · {cost}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;：{requests} 个请求 · {cost}</translation>
    </message>
</context>
<context>
    <name>FilesDialog</name>
    <message>
        <source>Files on the server</source>
        <translation>服务器上的文件</translation>
    </message>
    <message>
        <source>Every batch uploads its input file, and the service stores the output and error files. An account may keep at most {files} files or {gb} GB; uploads fail beyond that. Files of finished jobs whose answers are downloaded here can go.</source>
        <translation>每个批量任务都会上传输入文件，服务还会保存输出文件和错误文件。一个账号最多保存 {files} 个文件或 {gb} GB；超出后上传会失败。已在这里下载结果的已结束任务的文件可以删除。</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Region whose files are listed</source>
        <translation>要列出文件的地域</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Reload the file list</source>
        <translation>重新加载文件列表</translation>
    </message>
    <message>
        <source>list the files</source>
        <translation>列出文件</translation>
    </message>
    <message>
        <source>Counting the stored files…</source>
        <translation>正在统计已保存的文件…</translation>
    </message>
    <message>
        <source>Storage used</source>
        <translation>已用存储空间</translation>
    </message>
    <message>
        <source>Share of the storage limit used</source>
        <translation>已使用的存储上限比例</translation>
    </message>
    <message>
        <source>Stored files</source>
        <translation>已保存的文件</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>上传时间</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <source>Load more files</source>
        <translation>加载更多文件</translation>
    </message>
    <message>
        <source>list more files</source>
        <translation>列出更多文件</translation>
    </message>
    <message>
        <source>Delete selected…</source>
        <translation>删除所选…</translation>
    </message>
    <message>
        <source>Delete the selected files from the server</source>
        <translation>从服务器删除所选文件</translation>
    </message>
    <message>
        <source>Delete a job&apos;s input and result files from the server once its answers are downloaded</source>
        <translation>任务结果下载后，从服务器删除其输入文件和结果文件</translation>
    </message>
    <message>
        <source>Delete remote files after a successful download</source>
        <translation>下载成功后删除远程文件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the files window</source>
        <translation>关闭文件窗口</translation>
    </message>
    <message>
        <source>save the setting</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>input of “{name}”</source>
        <translation>“{name}”的输入</translation>
    </message>
    <message>
        <source>answers of “{name}”</source>
        <translation>“{name}”的结果</translation>
    </message>
    <message>
        <source>errors of “{name}”</source>
        <translation>“{name}”的错误</translation>
    </message>
    <message>
        <source>count the stored files</source>
        <translation>统计已保存的文件</translation>
    </message>
    <message>
        <source>{files} of {max_files} files and {size} of {max_gb} GB used ({share} of the limit).</source>
        <translation>已使用 {files}/{max_files} 个文件、{size}/{max_gb} GB（上限的 {share}）。</translation>
    </message>
    <message>
        <source>(At least: the list was too long to count to the end.)</source>
        <translation>（至少如此：列表太长，未能统计到最后。）</translation>
    </message>
    <message>
        <source>Delete old files: new uploads fail once a limit is reached.</source>
        <translation>请删除旧文件：达到上限后，新的上传会失败。</translation>
    </message>
    <message>
        <source>Delete {count} selected…</source>
        <translation>删除所选的 {count} 个…</translation>
    </message>
    <message>
        <source>Delete {count} file(s) from the server? This cannot be undone. Answers already downloaded stay on this computer, but a job whose files are gone cannot be downloaded again from the server.</source>
        <translation>要从服务器删除 {count} 个文件吗？此操作无法撤销。已下载的结果会保留在本机上，但文件被删除的任务将无法再从服务器下载。</translation>
    </message>
    <message>
        <source>Used by: {jobs}</source>
        <translation>使用者：{jobs}</translation>
    </message>
    <message>
        <source>Delete files from the server?</source>
        <translation>要从服务器删除文件吗？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>delete the files</source>
        <translation>删除文件</translation>
    </message>
    <message>
        <source>{count} file(s) could not be deleted: {reason}</source>
        <translation>有 {count} 个文件无法删除：{reason}</translation>
    </message>
    <message>
        <source>Deleted {count} file(s) from the server.</source>
        <translation>已从服务器删除 {count} 个文件。</translation>
    </message>
</context>
<context>
    <name>Fragments</name>
    <message>
        <source>a list</source>
        <translation>一个列表</translation>
    </message>
    <message>
        <source>a piece of text</source>
        <translation>一段文本</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false 值</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数字</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>an Excel workbook or a zip archive</source>
        <translation>Excel 工作簿或 zip 压缩包</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls) or another Office file</source>
        <translation>旧版 Excel 工作簿（.xls）或其他 Office 文件</translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation>压缩文件（gzip）</translation>
    </message>
    <message>
        <source>a compressed (7z) archive</source>
        <translation>压缩包（7z）</translation>
    </message>
    <message>
        <source>a compressed (RAR) archive</source>
        <translation>压缩包（RAR）</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>BMP 图片</translation>
    </message>
    <message>
        <source>a media file</source>
        <translation>媒体文件</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>Windows 程序</translation>
    </message>
    <message>
        <source>a database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation>二进制文件</translation>
    </message>
    <message>
        <source>old Excel 97-2003 workbook (.xls)</source>
        <translation>旧版 Excel 97-2003 工作簿（.xls）</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (.ods)</source>
        <translation>OpenDocument 电子表格（.ods）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>It starts with an invisible byte-order mark — were two files pasted together?</source>
        <translation>该行以一个看不见的字节顺序标记（BOM）开头——是否把两个文件粘贴在了一起？</translation>
    </message>
    <message>
        <source>It looks like part of a pretty-printed JSON file; each request must be on one line.</source>
        <translation>它看起来像是格式化排版的 JSON 文件的一部分；每个请求必须写在同一行。</translation>
    </message>
    <message>
        <source>Check for a missing quote, comma or bracket.</source>
        <translation>请检查是否缺少引号、逗号或括号。</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>embeddings</source>
        <translation>向量</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>image column</source>
        <translation>图片列</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>服务器没有及时响应</translation>
    </message>
    <message>
        <source>the connection was refused (is the server running and the address right?)</source>
        <translation>连接被拒绝（服务器是否在运行、地址是否正确？）</translation>
    </message>
    <message>
        <source>the server name could not be found (is the address right?)</source>
        <translation>找不到服务器名称（地址是否正确？）</translation>
    </message>
    <message>
        <source>no connection could be made (is the address right, and is the server up?)</source>
        <translation>无法建立连接（地址是否正确、服务器是否在线？）</translation>
    </message>
    <message>
        <source>the connection was cut off before the answer was complete</source>
        <translation>在响应完整之前连接被中断</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>连接被重置</translation>
    </message>
    <message>
        <source>the download was cut off before it was complete</source>
        <translation>下载在完成之前被中断了</translation>
    </message>
    <message>
        <source>the download is too slow to finish (the server sends almost nothing)</source>
        <translation>下载太慢，无法完成（服务器几乎不发送数据）</translation>
    </message>
    <message>
        <source>the server gave up waiting</source>
        <translation>服务器等待超时</translation>
    </message>
    <message>
        <source>the download stopped: the server sent nothing for {seconds} seconds</source>
        <translation>下载已停止：服务器 {seconds} 秒没有发送任何数据</translation>
    </message>
    <message>
        <source>the answer did not have the expected fields</source>
        <translation>响应缺少预期的字段</translation>
    </message>
    <message>
        <source>the answer was not JSON</source>
        <translation>响应不是 JSON</translation>
    </message>
    <message>
        <source>the {call} answer was not JSON ({kind})</source>
        <translation>{call} 的响应不是 JSON（{kind}）</translation>
    </message>
    <message>
        <source>the upload answer has no file id</source>
        <translation>上传的响应中没有文件 ID</translation>
    </message>
    <message>
        <source>this server has no file list (HTTP 404)</source>
        <translation>该服务器没有文件列表（HTTP 404）</translation>
    </message>
    <message>
        <source>the file list is not in the expected format</source>
        <translation>文件列表的格式不符合预期</translation>
    </message>
    <message>
        <source>this server has no batch list (HTTP 404 for /batches)</source>
        <translation>该服务器没有批量任务列表（/batches 返回 HTTP 404）</translation>
    </message>
    <message>
        <source>the create answer has no batch id</source>
        <translation>创建的响应中没有批量任务 ID</translation>
    </message>
    <message>
        <source>the batch list is not in the expected format</source>
        <translation>批量任务列表的格式不符合预期</translation>
    </message>
    <message>
        <source>the batch list does not say which input file each batch used</source>
        <translation>批量任务列表没有说明每个任务使用的输入文件</translation>
    </message>
    <message>
        <source>too many batches to confirm the batch is absent</source>
        <translation>批量任务太多，无法确认该任务不存在</translation>
    </message>
    <message>
        <source>the connection failed after the request was sent, and checking afterwards failed too</source>
        <translation>请求发出后连接失败，随后的核实也失败了</translation>
    </message>
    <message>
        <source>the server did not answer in time and may still be creating it</source>
        <translation>服务器没有及时响应，可能仍在创建中</translation>
    </message>
    <message>
        <source>the server answered with an error after the request was sent, and does not list the batch yet</source>
        <translation>请求发出后服务器返回了错误，且尚未列出该批处理任务</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The input file</source>
        <translation>输入文件</translation>
    </message>
    <message>
        <source>the answers are not downloaded yet</source>
        <translation>结果尚未下载</translation>
    </message>
    <message>
        <source>longer than the longest listed price tier</source>
        <translation>超出所列最长的价格档位</translation>
    </message>
    <message>
        <source>it has errors.</source>
        <translation>它有错误。</translation>
    </message>
    <message>
        <source>The upload did not finish, so no batch was created; you can submit the file again.</source>
        <translation>上传未完成，因此没有创建批处理任务；您可以重新提交该文件。</translation>
    </message>
    <message>
        <source>The app stopped before it asked for the batch, so no batch was created; you can submit the file again.</source>
        <translation>应用在请求创建批处理任务之前就已停止，因此没有创建任务；您可以重新提交该文件。</translation>
    </message>
    <message>
        <source>The item</source>
        <translation>该项目</translation>
    </message>
    <message>
        <source>The batch list</source>
        <translation>批量任务列表</translation>
    </message>
    <message>
        <source>Han</source>
        <translation>汉字</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>日文假名</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>韩文</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>西里尔字母</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>希腊字母</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>希伯来文</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>泰文</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation>天城文</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <source>Chinese Simplified (GBK / GB18030)</source>
        <translation>简体中文（GBK / GB18030）</translation>
    </message>
    <message>
        <source>Chinese Traditional (Big5)</source>
        <translation>繁体中文（Big5）</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS / CP932)</source>
        <translation>日语（Shift-JIS / CP932）</translation>
    </message>
    <message>
        <source>Korean (EUC-KR / CP949)</source>
        <translation>韩语（EUC-KR / CP949）</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>西欧（Windows-1252）</translation>
    </message>
    <message>
        <source>UTF-16 with BOM</source>
        <translation>UTF-16（带 BOM）</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>pipe (|)</source>
        <translation>竖线（|）</translation>
    </message>
    <message>
        <source>thinking on</source>
        <translation>思考：开</translation>
    </message>
    <message>
        <source>thinking off</source>
        <translation>思考：关</translation>
    </message>
    <message>
        <source>memory only (this session)</source>
        <translation>仅内存（本次会话）</translation>
    </message>
    <message>
        <source>this session only (no system keychain found)</source>
        <translation>仅本次会话（未找到系统钥匙串）</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring / KWallet)</source>
        <translation>Secret Service（GNOME 密钥环 / KWallet）</translation>
    </message>
    <message>
        <source>KDE Wallet</source>
        <translation>KDE 钱包</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>output columns</source>
        <translation>输出列</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>回答为空。</translation>
    </message>
    <message>
        <source>The answer is not valid JSON.</source>
        <translation>回答不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The answer is JSON but not an object with the columns as keys.</source>
        <translation>回答是 JSON，但不是以各列为键的对象。</translation>
    </message>
    <message>
        <source>not needed: answers are simulated on this computer</source>
        <translation>不需要：结果在这台电脑上模拟生成</translation>
    </message>
    <message>
        <source>batch id not confirmed yet</source>
        <translation>批处理 ID 尚未确认</translation>
    </message>
    <message>
        <source>a job</source>
        <translation>一个任务</translation>
    </message>
    <message>
        <source>File {file_id}</source>
        <translation>文件 {file_id}</translation>
    </message>
    <message>
        <source>Batch {batch_id}</source>
        <translation>批量任务 {batch_id}</translation>
    </message>
    <message>
        <source>The upload address of {region}</source>
        <translation>{region} 的上传地址</translation>
    </message>
    <message>
        <source>the {call} answer is not a batch object</source>
        <translation>{call} 的响应不是批量任务对象</translation>
    </message>
    <message>
        <source>did you mean &quot;{name}&quot;?</source>
        <translation>您是不是要写“{name}”？</translation>
    </message>
    <message>
        <source>Stopped before it finished.</source>
        <translation>在完成前已停止。</translation>
    </message>
    <message>
        <source>We cannot tell yet whether {region} made this batch. Don&apos;t submit the file again — it could run and be billed twice; the app checks every minute and shows the batch as soon as the service lists it.</source>
        <translation>目前还无法确定{region}是否已创建此批处理任务。请不要再次提交该文件——否则可能运行两次并被计费两次；应用每分钟检查一次，服务一列出该任务就会显示。</translation>
    </message>
    <message>
        <source>The service has no batch from this file {minutes} minutes after the submit, so it was not created and nothing is billed. You can submit the file again.</source>
        <translation>提交 {minutes} 分钟后，服务中仍没有来自此文件的批处理任务，因此它未被创建，也不会计费。您可以重新提交该文件。</translation>
    </message>
    <message>
        <source>The answer has no &quot;{name}&quot;.</source>
        <translation>回答中没有“{name}”。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a number.</source>
        <translation>“{name}”不是数字。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a number: {value}.</source>
        <translation>“{name}”不是数字：{value}。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not true or false: {value}.</source>
        <translation>“{name}”不是是/否：{value}。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is {value}, which is not one of the labels ({labels}).</source>
        <translation>“{name}”是 {value}，不在标签（{labels}）之中。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a list of labels: {value}.</source>
        <translation>“{name}”不是标签列表：{value}。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has {value}, which is not one of the labels ({labels}).</source>
        <translation>“{name}”包含 {value}，不在标签（{labels}）之中。</translation>
    </message>
    <message>
        <source>no price is known for {model} in {region}</source>
        <translation>尚不知道 {model} 在 {region} 的价格</translation>
    </message>
    <message>
        <source>{count} request(s) are longer than the longest listed price tier ({tokens} input tokens)</source>
        <translation>{count} 个请求超出了已列出的最长价格档位（{tokens} 个输入 token）</translation>
    </message>
    <message>
        <source>the price of thinking output is not listed</source>
        <translation>思考输出的价格未列出</translation>
    </message>
    <message>
        <source>the variants are priced in different currencies ({currencies})</source>
        <translation>各变体以不同货币计价（{currencies}）</translation>
    </message>
    <message>
        <source>the upper end: thinking is not limited by max_tokens; set thinking_budget (and max_tokens) to bound it</source>
        <translation>上限：思考不受 max_tokens 限制；请设置 thinking_budget（以及 max_tokens）来限定</translation>
    </message>
    <message>
        <source>the upper end: set max_tokens (the model&apos;s maximum output is not in our list)</source>
        <translation>上限：请设置 max_tokens（我们的列表中没有此模型的最大输出）</translation>
    </message>
    <message>
        <source>the upper end</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>The vendor&apos;s Japanese and Indonesian pages say the AI general-purpose savings plan can cover batch use; free quota, other savings plans and context cache do not apply to batch.</source>
        <translation>厂商的日文和印尼文页面说明，AI 通用节省计划可以抵扣批量调用费用；免费额度、其他节省计划和上下文缓存不适用于批量调用。</translation>
    </message>
    <message>
        <source>The input file {path} is not there any more, so answers are listed without their requests and missing requests cannot be found. Put the file back to see them.</source>
        <translation>输入文件 {path} 已不在原处，因此结果会在没有请求的情况下列出，也无法找出缺失的请求。把文件放回原处即可看到它们。</translation>
    </message>
    <message>
        <source>The original table {path} could not be read ({detail}); answers are shown without its columns.</source>
        <translation>无法读取原始表格 {path}（{detail}）；结果将不带其列显示。</translation>
    </message>
</context>
<context>
    <name>JobDetailPane</name>
    <message>
        <source>Created on the server</source>
        <translation>在服务器上创建</translation>
    </message>
    <message>
        <source>Started running</source>
        <translation>开始运行</translation>
    </message>
    <message>
        <source>Finishing since</source>
        <translation>开始收尾</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>请求取消</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Completion window closes</source>
        <translation>完成时限截止</translation>
    </message>
    <message>
        <source>Open results</source>
        <translation>打开结果</translation>
    </message>
    <message>
        <source>Open the results of the selected job</source>
        <translation>打开所选任务的结果</translation>
    </message>
    <message>
        <source>Your rows next to their answers, in input order (double-click a job does the same)</source>
        <translation>按输入顺序把您的各行与回答并排显示（双击任务效果相同）</translation>
    </message>
    <message>
        <source>Export CSV for Excel…</source>
        <translation>导出 Excel 用 CSV…</translation>
    </message>
    <message>
        <source>Export answers as CSV</source>
        <translation>将结果导出为 CSV</translation>
    </message>
    <message>
        <source>Answers next to your requests, in input order (Ctrl+E)</source>
        <translation>按输入顺序把回答放在您的请求旁边（Ctrl+E）</translation>
    </message>
    <message>
        <source>Re-run failed + missing</source>
        <translation>重新运行失败和缺失的请求</translation>
    </message>
    <message>
        <source>Re-run the failed and missing requests</source>
        <translation>重新运行失败和缺失的请求</translation>
    </message>
    <message>
        <source>One new job with exactly the requests that failed or got no answer; its answers merge in.</source>
        <translation>新建一个任务，只包含失败或没有得到回答的请求；它的结果会合并进来。</translation>
    </message>
    <message>
        <source>Download answers now</source>
        <translation>立即下载结果</translation>
    </message>
    <message>
        <source>Download the answers of the selected job</source>
        <translation>下载所选任务的结果</translation>
    </message>
    <message>
        <source>Answers are downloaded automatically when a job ends; this fetches them now.</source>
        <translation>任务结束时会自动下载结果；这里可以立即获取。</translation>
    </message>
    <message>
        <source>Cancel job…</source>
        <translation>取消任务…</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>取消所选任务</translation>
    </message>
    <message>
        <source>Requests that already finished are still billed.</source>
        <translation>已经完成的请求仍会计费。</translation>
    </message>
    <message>
        <source>Delete files on server…</source>
        <translation>删除服务器上的文件…</translation>
    </message>
    <message>
        <source>Delete the selected job&apos;s files from the server</source>
        <translation>从服务器删除所选任务的文件</translation>
    </message>
    <message>
        <source>Frees the account&apos;s storage; the downloaded answers stay on this computer.</source>
        <translation>释放账号的存储空间；已下载的结果保留在本机上。</translation>
    </message>
    <message>
        <source>Copy batch ID</source>
        <translation>复制批量任务 ID</translation>
    </message>
    <message>
        <source>Copy the batch ID</source>
        <translation>复制批量任务 ID</translation>
    </message>
    <message>
        <source>For support requests and the web console</source>
        <translation>用于技术支持请求和网页控制台</translation>
    </message>
    <message>
        <source>Open results folder</source>
        <translation>打开结果文件夹</translation>
    </message>
    <message>
        <source>Open the folder with the downloaded answer files</source>
        <translation>打开存放已下载结果文件的文件夹</translation>
    </message>
    <message>
        <source>The raw output and error files as the service sent them</source>
        <translation>服务返回的原始输出文件和错误文件</translation>
    </message>
    <message>
        <source>Re-run 99,999 failed + missing</source>
        <translation>重新运行 99,999 个失败和缺失的请求</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>任务详情</translation>
    </message>
    <message>
        <source>Select a job to see its details and what you can do with it.</source>
        <translation>选择一个任务，查看其详情以及可以执行的操作。</translation>
    </message>
    <message>
        <source>↳ Re-run of “{name}”: its answers merge into that job&apos;s results.</source>
        <translation>↳ “{name}”的重新运行：其结果会合并到该任务的结果中。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt;. {verdict}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt;。{verdict}</translation>
    </message>
    <message>
        <source>{total} in the file, none sent to the server</source>
        <translation>文件中 {total} 个，均未发送到服务器</translation>
    </message>
    <message>
        <source>none: the batch was not created</source>
        <translation>无：批处理任务未创建</translation>
    </message>
    <message>
        <source>not known yet: the app is checking whether the server made it</source>
        <translation>尚不确定：应用正在确认服务器是否已创建</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>批量任务 ID</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>尚未创建</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Finish within</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>{done} done, {failed} failed, of {total}</source>
        <translation>已完成 {done} 个，失败 {failed} 个，共 {total} 个</translation>
    </message>
    <message>
        <source>Answers downloaded</source>
        <translation>已下载的结果</translation>
    </message>
    <message>
        <source>{ok} succeeded, {failed} failed, {missing} missing</source>
        <translation>{ok} 个成功，{failed} 个失败，{missing} 个缺失</translation>
    </message>
    <message>
        <source>{prompt} prompt + {completion} completion = {total} tokens</source>
        <translation>输入 {prompt} + 输出 {completion} = {total} 个 Token</translation>
    </message>
    <message>
        <source>(completion includes {thinking} thinking tokens)</source>
        <translation>（输出中包含 {thinking} 个思考 Token）</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Cost at batch prices</source>
        <translation>按批量价格的费用</translation>
    </message>
    <message>
        <source>All {count} variants together</source>
        <translation>全部 {count} 个变体合计</translation>
    </message>
    <message>
        <source>Submitted from here</source>
        <translation>从这里提交</translation>
    </message>
    <message>
        <source>Running time</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Last seen on the server</source>
        <translation>最后一次在服务器上看到</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <source> (deleted from the server)</source>
        <translation>（已从服务器删除）</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>输入文件</translation>
    </message>
    <message>
        <source>not on this computer</source>
        <translation>不在本机上</translation>
    </message>
    <message>
        <source>Input file ID</source>
        <translation>输入文件 ID</translation>
    </message>
    <message>
        <source>Output file ID</source>
        <translation>输出文件 ID</translation>
    </message>
    <message>
        <source>Error file ID</source>
        <translation>错误文件 ID</translation>
    </message>
    <message>
        <source>Answers folder</source>
        <translation>结果文件夹</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>line {line}: </source>
        <translation>第 {line} 行：</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Re-run of</source>
        <translation>重新运行自</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <source>Linked jobs</source>
        <translation>关联的任务</translation>
    </message>
    <message>
        <source>Submit again</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>This job was not created, so nothing was billed. Send its file again as a new job.</source>
        <translation>此任务未被创建，因此没有计费。将其文件作为新任务重新发送。</translation>
    </message>
    <message>
        <source>Re-run {count} failed + missing</source>
        <translation>重新运行 {count} 个失败和缺失的请求</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>未知（{reason}）</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>介于…</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>Refresh jobs</source>
        <translation>刷新任务</translation>
    </message>
    <message>
        <source>Ask the servers for the latest status now (F5)</source>
        <translation>立即向服务器查询最新状态（F5）</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>刷新状态</translation>
    </message>
    <message>
        <source>Files on the server…</source>
        <translation>服务器上的文件…</translation>
    </message>
    <message>
        <source>Show the files stored on the server</source>
        <translation>显示服务器上保存的文件</translation>
    </message>
    <message>
        <source>List, delete and count the files stored in each region</source>
        <translation>列出、删除并统计各地域保存的文件</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation>名称包含…</translation>
    </message>
    <message>
        <source>&amp;Created:</source>
        <translation>创建时间(&amp;C)：</translation>
    </message>
    <message>
        <source>Filter by creation time</source>
        <translation>按创建时间筛选</translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation>创建于此日期或之后</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>创建于此日期或之前</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>按地域筛选</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有地域</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <source>Load more jobs from the servers</source>
        <translation>从服务器加载更多任务</translation>
    </message>
    <message>
        <source>Fetch the next page of older jobs from each region</source>
        <translation>从每个地域获取下一页较早的任务</translation>
    </message>
    <message>
        <source>Jobs shown</source>
        <translation>显示的任务</translation>
    </message>
    <message>
        <source>Cost this month</source>
        <translation>本月费用</translation>
    </message>
    <message>
        <source>write the log</source>
        <translation>写入日志</translation>
    </message>
    <message>
        <source>…and {count} more; all of them are in the log (Help ▸ Open the log folder).</source>
        <translation>……还有 {count} 条；完整列表见日志（帮助 ▸ 打开日志文件夹）。</translation>
    </message>
    <message>
        <source>Export answers as CSV</source>
        <translation>将结果导出为 CSV</translation>
    </message>
    <message>
        <source>New job submitted. Next check in {wait}.</source>
        <translation>新任务已提交。{wait}后再次检查。</translation>
    </message>
    <message>
        <source>refresh the jobs</source>
        <translation>刷新任务</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>This month: {amounts}</source>
        <translation>本月：{amounts}</translation>
    </message>
    <message>
        <source>(+ {count} job(s) of unknown cost)</source>
        <translation>（另有 {count} 个任务费用未知）</translation>
    </message>
    <message>
        <source>add up this month&apos;s cost</source>
        <translation>汇总本月费用</translation>
    </message>
    <message>
        <source>show the re-run&apos;s answers</source>
        <translation>显示重新运行的结果</translation>
    </message>
    <message>
        <source>Last checked {time}. No job is running, so the app stops checking.</source>
        <translation>上次检查：{time}。没有正在运行的任务，因此应用停止检查。</translation>
    </message>
    <message>
        <source>Last checked {time}. Next check in {wait}.</source>
        <translation>上次检查：{time}。{wait}后再次检查。</translation>
    </message>
    <message>
        <source>load more jobs</source>
        <translation>加载更多任务</translation>
    </message>
    <message>
        <source>filter the jobs</source>
        <translation>筛选任务</translation>
    </message>
    <message>
        <source>1 job</source>
        <translation>1 个任务</translation>
    </message>
    <message>
        <source>{total} jobs</source>
        <translation>{total} 个任务</translation>
    </message>
    <message>
        <source>{shown} of {total} jobs</source>
        <translation>显示 {shown} 个，共 {total} 个任务</translation>
    </message>
    <message>
        <source>Copied {batch} to the clipboard.</source>
        <translation>已将 {batch} 复制到剪贴板。</translation>
    </message>
    <message>
        <source>Cancel this job?</source>
        <translation>要取消该任务吗？</translation>
    </message>
    <message>
        <source>Cancel “{name}”?

Requests that already finished keep their answers and are still billed. The rest are not run. The answers given so far are downloaded when the cancel completes. This cannot be undone.</source>
        <translation>要取消“{name}”吗？

已经完成的请求会保留结果，并且仍会计费。其余请求不会运行。取消完成后会下载目前已有的结果。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>cancel the job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>Cancelling “{name}”. Requests that already finished keep their answers and are still billed; the rest are not run.</source>
        <translation>正在取消“{name}”。已经完成的请求会保留结果，并且仍会计费；其余请求不会运行。</translation>
    </message>
    <message>
        <source>Delete this job&apos;s files from the server?</source>
        <translation>要从服务器删除该任务的文件吗？</translation>
    </message>
    <message>
        <source>Delete the input, output and error files of “{name}” from the server? The answers already downloaded stay on this computer and in your exports; the server cannot send them again.</source>
        <translation>要从服务器删除“{name}”的输入、输出和错误文件吗？已下载的结果会保留在本机和您导出的文件中；服务器将无法再次发送它们。</translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation>删除文件</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>delete the job&apos;s files</source>
        <translation>删除任务的文件</translation>
    </message>
    <message>
        <source>The files of “{name}” were deleted from the server. Its answers stay here.</source>
        <translation>“{name}”的文件已从服务器删除。它的结果保留在这里。</translation>
    </message>
    <message>
        <source>download the answers</source>
        <translation>下载结果</translation>
    </message>
    <message>
        <source>The answers of “{name}” are downloaded.</source>
        <translation>“{name}”的结果已下载。</translation>
    </message>
    <message>
        <source>submit the file again</source>
        <translation>重新提交文件</translation>
    </message>
    <message>
        <source>“{name}” submitted again. This window checks on it and downloads the answers when it ends.</source>
        <translation>“{name}”已重新提交。此窗口会跟进其状态，并在结束时下载答案。</translation>
    </message>
    <message>
        <source>re-run the failed and missing requests</source>
        <translation>重新运行失败和缺失的请求</translation>
    </message>
    <message>
        <source>Not submitted: nothing was sent.</source>
        <translation>未提交：没有发送任何内容。</translation>
    </message>
    <message>
        <source>Re-run “{name}” submitted with {count} request(s). Its answers merge into the results of the original job when it finishes.</source>
        <translation>已提交重新运行“{name}”，共 {count} 个请求。完成后，其结果会合并到原任务的结果中。</translation>
    </message>
    <message>
        <source>open the results</source>
        <translation>打开结果</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>export the answers</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>Saved {rows} rows to {path} — {ok} answered, {failed} failed, {missing} without an answer. It opens directly in Excel.</source>
        <translation>已将 {rows} 行保存到 {path}——{ok} 个已回答，{failed} 个失败，{missing} 个没有回答。可以直接用 Excel 打开。</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <source>list the files</source>
        <translation>列出文件</translation>
    </message>
</context>
<context>
    <name>JobsTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Running time</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>批量任务 ID</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>上传中</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>提交中</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>未创建</translation>
    </message>
    <message>
        <source>Validating</source>
        <translation>校验中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>收尾中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>取消中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Completed, some failed</source>
        <translation>已完成，部分失败</translation>
    </message>
    <message>
        <source>Incomplete: answers missing</source>
        <translation>不完整：缺少结果</translation>
    </message>
    <message>
        <source>Expired, partial</source>
        <translation>已过期，部分完成</translation>
    </message>
    <message>
        <source>Cancelled, partial</source>
        <translation>已取消，部分完成</translation>
    </message>
    <message>
        <source>Expired, no answers</source>
        <translation>已过期，无结果</translation>
    </message>
    <message>
        <source>Cancelled, no answers</source>
        <translation>已取消，无结果</translation>
    </message>
    <message>
        <source>Expired, some failed</source>
        <translation>已过期，部分失败</translation>
    </message>
    <message>
        <source>Cancelled, some failed</source>
        <translation>已取消，部分失败</translation>
    </message>
    <message>
        <source>Every request was answered, but some failed: re-run them from the detail pane.</source>
        <translation>每个请求都有回答，但有些失败了：可在详情面板中重新运行它们。</translation>
    </message>
    <message>
        <source>The service says completed, but answers are missing: this job is not done. Re-run the missing ones.</source>
        <translation>服务显示已完成，但缺少部分结果：该任务并未真正完成。请重新运行缺少的请求。</translation>
    </message>
    <message>
        <source>Ended early: the answers given are kept (and billed); the rest never ran.</source>
        <translation>提前结束：已得到的结果会保留（并计费）；其余请求从未运行。</translation>
    </message>
    <message>
        <source>Ended before any request was answered; nothing was billed.</source>
        <translation>在任何请求得到回答之前就结束了；未产生费用。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>{done} / {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>, {failed} failed</source>
        <translation>，{failed} 个失败</translation>
    </message>
    <message>
        <source>Not created on the server yet</source>
        <translation>尚未在服务器上创建</translation>
    </message>
    <message>
        <source>The completion window closes at {time}</source>
        <translation>完成时限于 {time} 结束</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; answers here are &lt;b&gt;simulated&lt;/b&gt; on this computer — nothing is sent to Alibaba Cloud and nothing is billed. Use it to try the whole path. For real answers, add an API key with &lt;i&gt;API keys…&lt;/i&gt; and pick International or Mainland China above.</source>
        <translation>&lt;b&gt;沙箱：&lt;/b&gt;这里的回答是在本机上&lt;b&gt;模拟&lt;/b&gt;的——不会向阿里云发送任何内容，也不会产生费用。可以用它把整个流程试一遍。要获得真实回答，请通过 &lt;i&gt;API Key…&lt;/i&gt; 添加 API Key，并在上方选择“国际”或“中国内地”。</translation>
    </message>
    <message>
        <source>1 · Prepare and submit</source>
        <translation>1 · 准备并提交</translation>
    </message>
    <message>
        <source>2 · Jobs and results</source>
        <translation>2 · 任务与结果</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save requests as JSONL…</source>
        <translation>将请求另存为 JSONL(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export answers…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find in the requests…</source>
        <translation>在请求中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Submit batch</source>
        <translation>提交批量任务(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Files on the ser&amp;ver…</source>
        <translation>服务器上的文件(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>欢迎(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>复制诊断信息(&amp;C)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>关于 {app}(&amp;A)</translation>
    </message>
    <message>
        <source>look up the keychain</source>
        <translation>查询钥匙串</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>API Key 状态</translation>
    </message>
    <message>
        <source>API keys…</source>
        <translation>API Key…</translation>
    </message>
    <message>
        <source>Open API key settings</source>
        <translation>打开 API Key 设置</translation>
    </message>
    <message>
        <source>switch region</source>
        <translation>切换地域</translation>
    </message>
    <message>
        <source>No key needed — simulated answers</source>
        <translation>无需 API Key——模拟回答</translation>
    </message>
    <message>
        <source>Key {masked} · stored in {where}</source>
        <translation>API Key {masked} · 保存在{where}</translation>
    </message>
    <message>
        <source>No API key for this region — press “API keys…”</source>
        <translation>该地域没有 API Key——请点击“API Key…”</translation>
    </message>
    <message>
        <source>Something needs your attention — see the message at the top.</source>
        <translation>有事项需要您处理——请查看顶部的消息。</translation>
    </message>
    <message>
        <source>show the new job</source>
        <translation>显示新任务</translation>
    </message>
    <message>
        <source>show the rehearsal job</source>
        <translation>显示试运行任务</translation>
    </message>
    <message>
        <source>collect the diagnostics</source>
        <translation>收集诊断信息</translation>
    </message>
    <message>
        <source>Diagnostics copied: versions, regions, folders and the last log lines, with keys removed.</source>
        <translation>已复制诊断信息：版本、地域、文件夹和最后几行日志，已去除 API Key。</translation>
    </message>
    <message>
        <source>“{name}” {status}: answers downloaded.</source>
        <translation>“{name}”{status}：结果已下载。</translation>
    </message>
    <message>
        <source>“{name}” is complete. Select it in the Jobs tab and press “Open results”.</source>
        <translation>“{name}”已完成。请在“任务与结果”标签页中选中它，然后点击“打开结果”。</translation>
    </message>
    <message>
        <source>update the key status</source>
        <translation>更新 API Key 状态</translation>
    </message>
    <message>
        <source>read the stored keys</source>
        <translation>读取已保存的 API Key</translation>
    </message>
    <message>
        <source>A batch is being submitted. Restart when it has been sent.</source>
        <translation>正在提交批处理。请在发送完成后再重启。</translation>
    </message>
    <message>
        <source>Open Batch Desk</source>
        <translation>打开 Batch Desk</translation>
    </message>
    <message>
        <source>Quit Batch Desk</source>
        <translation>退出 Batch Desk</translation>
    </message>
    <message>
        <source>Batch Desk: checking your jobs</source>
        <translation>Batch Desk：正在检查您的任务</translation>
    </message>
    <message>
        <source>Still checking your jobs</source>
        <translation>仍在检查您的任务</translation>
    </message>
    <message>
        <source>Batch Desk keeps checking in the background and tells you when a job ends. Click its icon to open it; choose Quit in its menu to stop.</source>
        <translation>Batch Desk 会在后台继续检查，并在任务结束时通知您。点击其图标可打开窗口；在其菜单中选择“退出”即可停止。</translation>
    </message>
</context>
<context>
    <name>MultilineDelegate</name>
    <message>
        <source>Edit the text; click outside the cell to keep it, Esc to cancel</source>
        <translation>编辑文本；点击单元格外部保留修改，按 Esc 取消</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>A job</source>
        <translation>一个任务</translation>
    </message>
    <message>
        <source>{ok} answered, {failed} failed, {missing} missing.</source>
        <translation>{ok} 个已回答，{failed} 个失败，{missing} 个缺失。</translation>
    </message>
    <message>
        <source>Job incomplete</source>
        <translation>任务不完整</translation>
    </message>
    <message>
        <source>“{name}” says completed, but answers are missing: {counts}</source>
        <translation>“{name}”显示已完成，但缺少结果：{counts}</translation>
    </message>
    <message>
        <source>Job completed</source>
        <translation>任务已完成</translation>
    </message>
    <message>
        <source>“{name}” completed: {counts}</source>
        <translation>“{name}”已完成：{counts}</translation>
    </message>
    <message>
        <source>“{name}” failed.</source>
        <translation>“{name}”失败了。</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>任务失败</translation>
    </message>
    <message>
        <source>Job expired</source>
        <translation>任务已过期</translation>
    </message>
    <message>
        <source>“{name}” ran out of time: {counts} Re-run the rest from the Jobs tab.</source>
        <translation>“{name}”超出时限：{counts} 可在“任务与结果”标签页中重新运行剩余部分。</translation>
    </message>
    <message>
        <source>Job cancelled</source>
        <translation>任务已取消</translation>
    </message>
    <message>
        <source>“{name}” was cancelled: {counts}</source>
        <translation>“{name}”已取消：{counts}</translation>
    </message>
    <message>
        <source>Job ended</source>
        <translation>任务已结束</translation>
    </message>
    <message>
        <source>“{name}” ended ({status}).</source>
        <translation>“{name}”已结束（{status}）。</translation>
    </message>
</context>
<context>
    <name>OutputColumnsBox</name>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation>是 / 否</translation>
    </message>
    <message>
        <source>one label</source>
        <translation>单个标签</translation>
    </message>
    <message>
        <source>several labels</source>
        <translation>多个标签</translation>
    </message>
    <message>
        <source>Classify into labels</source>
        <translation>按标签分类</translation>
    </message>
    <message>
        <source>Extract fields</source>
        <translation>提取字段</translation>
    </message>
    <message>
        <source>Translate into a language</source>
        <translation>翻译成某种语言</translation>
    </message>
    <message>
        <source>Summarise in N words</source>
        <translation>用 N 个词概括</translation>
    </message>
    <message>
        <source>Common jobs</source>
        <translation>常见任务</translation>
    </message>
    <message>
        <source>Start from a common job…</source>
        <translation>从常见任务开始…</translation>
    </message>
    <message>
        <source>Fills the prompt and the output columns for a common job; you can edit everything.</source>
        <translation>为常见任务填好提示词和输出列；所有内容都可以再修改。</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>添加列</translation>
    </message>
    <message>
        <source>Add an output column</source>
        <translation>添加一个输出列</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected output column</source>
        <translation>删除选中的输出列</translation>
    </message>
    <message>
        <source>Output columns</source>
        <translation>输出列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Labels (comma-separated)</source>
        <translation>标签（用逗号分隔）</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>内容说明</translation>
    </message>
    <message>
        <source>Empty: one free answer per row. With columns, each answer is asked for as JSON and split into them; an answer that does not fit is marked “needs another try”.</source>
        <translation>留空：每行一个自由回答。设置列后，每个回答都以 JSON 形式请求并拆分到这些列中；不符合的回答会标记为“需要重试”。</translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation>对比模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Other models to compare</source>
        <translation>要对比的其他模型</translation>
    </message>
    <message>
        <source>other models, comma-separated, e.g. qwen-flash</source>
        <translation>其他模型，用逗号分隔，例如 qwen-flash</translation>
    </message>
    <message>
        <source>The same rows go to each model as its own batch (each one is billed); the results put the models&apos; answers side by side. At most two more models.</source>
        <translation>相同的行会作为各自独立的批处理发给每个模型（每个都会计费）；结果中各模型的回答并排显示。最多再加两个模型。</translation>
    </message>
    <message>
        <source>Or a second &amp;prompt:</source>
        <translation>或第二个提示词(&amp;P)：</translation>
    </message>
    <message>
        <source>Second prompt to compare</source>
        <translation>要对比的第二个提示词</translation>
    </message>
    <message>
        <source>the same rows with another prompt, e.g. Is this review positive? {text}</source>
        <translation>用另一个提示词处理相同的行，例如：这条评论是正面的吗？{text}</translation>
    </message>
    <message>
        <source>Prompt A is the prompt above, prompt B this one: the same rows go through the same model twice, as two batches (each billed), and the results put both answers side by side.</source>
        <translation>提示词 A 是上面的提示词，提示词 B 是这里的：相同的行用同一个模型跑两次，作为两个批处理（各自计费），结果中两个回答并排显示。</translation>
    </message>
    <message>
        <source>Kind of output column</source>
        <translation>输出列的类型</translation>
    </message>
    <message>
        <source>Only for the kinds with labels</source>
        <translation>仅用于带标签的类型</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Line 1: the file starts with an invisible byte-order mark (BOM). The service reads it as part of the first request, so the app uploads a copy without it; your file stays as it is. Other tools may need it saved as &quot;UTF-8&quot; (not &quot;UTF-8 with BOM&quot;).</source>
        <translation>第 1 行：文件开头有一个看不见的字节顺序标记（BOM）。服务会把它当作第一个请求的一部分，因此本应用会上传一份去掉 BOM 的副本；您的文件保持不变。其他工具可能需要将文件另存为 &quot;UTF-8&quot;（而不是 &quot;UTF-8 with BOM&quot;）。</translation>
    </message>
    <message>
        <source>Line {line} is empty. Delete empty lines: every line must be one request.</source>
        <translation>第 {line} 行是空行。请删除空行：每一行都必须是一个请求。</translation>
    </message>
    <message>
        <source>Line {line} is {size_text}; one request may be at most {limit_text}. Shorten it (for example use smaller or fewer images) or split it into several requests.</source>
        <translation>第 {line} 行大小为 {size_text}；单个请求最大为 {limit_text}。请缩短内容（例如使用更小或更少的图片），或拆分为多个请求。</translation>
    </message>
    <message>
        <source>Line {line} is {kind}, not a request. Each line must be one JSON object in curly braces, like {{&quot;custom_id&quot;: &quot;1&quot;, &quot;method&quot;: &quot;POST&quot;, ...}}.</source>
        <translation>第 {line} 行是{kind}，而不是一个请求。每一行都必须是一个用花括号括起来的 JSON 对象，例如 {{&quot;custom_id&quot;: &quot;1&quot;, &quot;method&quot;: &quot;POST&quot;, ...}}。</translation>
    </message>
    <message>
        <source>Line {line}: the custom_id {custom_id} was already used on line {first_line}. Every request needs its own id — change one of them.</source>
        <translation>第 {line} 行：custom_id {custom_id} 已在第 {first_line} 行使用过。每个请求都需要唯一的 ID——请修改其中一个。</translation>
    </message>
    <message>
        <source>Line {line}: the custom_id must be non-empty text in quotes, like &quot;req-1&quot;, but it is {value}. Put the id in double quotes.</source>
        <translation>第 {line} 行：custom_id 必须是用引号括起来的非空文本，例如 &quot;req-1&quot;，但这里是 {value}。请把 ID 放在双引号中。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;method&quot; is {value}; it must be exactly &quot;POST&quot; (upper case).</source>
        <translation>第 {line} 行：&quot;method&quot; 的值是 {value}；它必须正好是 &quot;POST&quot;（大写）。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;body&quot; must be a JSON object in curly braces holding the request (model, messages, ...), but it is {kind}.</source>
        <translation>第 {line} 行：&quot;body&quot; 必须是用花括号括起来、包含请求内容（model、messages 等）的 JSON 对象，但这里是{kind}。</translation>
    </message>
    <message>
        <source>Line {line}: temperature is {value}; it must be a number from 0 up to (but not including) 2.</source>
        <translation>第 {line} 行：temperature 为 {value}；它必须是大于等于 0 且小于 2 的数字。</translation>
    </message>
    <message>
        <source>Line {line}: top_p is {value}; it must be a number from 0 to 1.</source>
        <translation>第 {line} 行：top_p 为 {value}；它必须是 0 到 1 之间的数字。</translation>
    </message>
    <message>
        <source>This is an image ({image}), not a JSONL file. Choose the request file (.jsonl) instead; to send an image to a model, put its URL (or its base64 data) inside a request.</source>
        <translation>这是一张图片（{image}），不是 JSONL 文件。请改为选择请求文件（.jsonl）；如果要把图片发给模型，请在请求中填写图片的 URL（或 base64 数据）。</translation>
    </message>
    <message>
        <source>This looks like {kind}, not a JSONL text file. Convert your spreadsheet to a request file first (one JSON request per line).</source>
        <translation>这看起来是{kind}，不是 JSONL 文本文件。请先把电子表格转换为请求文件（每行一个 JSON 请求）。</translation>
    </message>
    <message>
        <source>This looks like {kind}, not a JSONL text file. Choose the request file instead (one JSON request per line).</source>
        <translation>这看起来是{kind}，不是 JSONL 文本文件。请改为选择请求文件（每行一个 JSON 请求）。</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (&quot;Unicode&quot;), not UTF-8. Open it in your editor and save it again with the encoding &quot;UTF-8&quot;.</source>
        <translation>文件保存为 UTF-16（“Unicode”），而不是 UTF-8。请在编辑器中打开它，并以 &quot;UTF-8&quot; 编码重新保存。</translation>
    </message>
    <message>
        <source>Line {line} is not UTF-8 text (byte {byte} at position {position}). The file was probably saved in another encoding such as GBK, Shift-JIS or ANSI. Open it in your editor and save it again with the encoding &quot;UTF-8&quot;.</source>
        <translation>第 {line} 行不是 UTF-8 文本（位置 {position} 处的字节 {byte}）。文件可能是用其他编码（如 GBK、Shift-JIS 或 ANSI）保存的。请在编辑器中打开它，并以 &quot;UTF-8&quot; 编码重新保存。</translation>
    </message>
    <message>
        <source>Line {line} is not valid JSON (near character {column}). Each line must be one complete JSON object. {hint}</source>
        <translation>第 {line} 行不是有效的 JSON（靠近第 {column} 个字符）。每一行都必须是一个完整的 JSON 对象。{hint}</translation>
    </message>
    <message>
        <source>Line {line} is not valid JSON. Each line must be one complete JSON object. {hint}</source>
        <translation>第 {line} 行不是有效的 JSON。每一行都必须是一个完整的 JSON 对象。{hint}</translation>
    </message>
    <message>
        <source>Line {line}: the field &quot;{field}&quot; is missing. Every line needs custom_id, method, url and body.</source>
        <translation>第 {line} 行：缺少字段 &quot;{field}&quot;。每一行都需要 custom_id、method、url 和 body。</translation>
    </message>
    <message>
        <source>Line {line}: the field &quot;{field}&quot; is empty (null). Every line needs custom_id, method, url and body.</source>
        <translation>第 {line} 行：字段 &quot;{field}&quot; 为空（null）。每一行都需要 custom_id、method、url 和 body。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;url&quot; is {value}, which is not a batch endpoint. Use one of: {supported}. Write only the path &quot;{path}&quot;, not the full address.</source>
        <translation>第 {line} 行：&quot;url&quot; 的值是 {value}，不是批量接口。请使用以下之一：{supported}。只写路径 &quot;{path}&quot;，不要写完整地址。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;url&quot; is {value}, which is not a batch endpoint. Use one of: {supported}.</source>
        <translation>第 {line} 行：&quot;url&quot; 的值是 {value}，不是批量接口。请使用以下之一：{supported}。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;url&quot; is &quot;{value}&quot; but the task is set to use &quot;{expected}&quot;. Every line must use the endpoint chosen for the task — change the line or the task&apos;s endpoint.</source>
        <translation>第 {line} 行：&quot;url&quot; 是 &quot;{value}&quot;，但任务设置的接口是 &quot;{expected}&quot;。每一行都必须使用为任务选择的接口——请修改该行或任务的接口。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;url&quot; is &quot;{value}&quot; but line {first_line} uses &quot;{expected}&quot;. Every line of one file must use the same url.</source>
        <translation>第 {line} 行：&quot;url&quot; 是 &quot;{value}&quot;，但第 {first_line} 行使用的是 &quot;{expected}&quot;。同一个文件的每一行都必须使用相同的 url。</translation>
    </message>
    <message>
        <source>Line {line}: the body has no &quot;model&quot;. Add the model name, for example &quot;model&quot;: &quot;qwen-plus&quot;.</source>
        <translation>第 {line} 行：body 中没有 &quot;model&quot;。请添加模型名称，例如 &quot;model&quot;: &quot;qwen-plus&quot;。</translation>
    </message>
    <message>
        <source>Line {line}: the model &quot;{model}&quot; is not in our list of batch models of {region} as of {date}; the service decides. Check the model name and the region.</source>
        <translation>第 {line} 行：截至 {date}，模型“{model}”不在我们列出的 {region} 批量模型中；以服务端为准。请检查模型名称和地域。</translation>
    </message>
    <message>
        <source>Line {line} has {tokens} input tokens; &quot;{model}&quot; reads at most {window} tokens in all, {max_tokens} of them kept for the answer (max_tokens), so at most {available} fit. Shorten it or split it into several requests.</source>
        <translation>第 {line} 行有 {tokens} 个输入 token；“{model}”总共最多读取 {window} 个 token，其中 {max_tokens} 个留给回答（max_tokens），因此最多只能容纳 {available} 个。请缩短它或拆分成多个请求。</translation>
    </message>
    <message>
        <source>Line {line} uses the model &quot;{model}&quot; but line {first_line} uses &quot;{expected}&quot;. All requests in one file must use the same model — make one file per model.</source>
        <translation>第 {line} 行使用的模型是 &quot;{model}&quot;，但第 {first_line} 行使用的是 &quot;{expected}&quot;。同一个文件中的所有请求必须使用同一个模型——请每个模型各建一个文件。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;{value}&quot; only serves {test_model}. Use &quot;{expected}&quot; for &quot;{model}&quot; (this line uses &quot;{value}&quot;). Fix the url on every line.</source>
        <translation>第 {line} 行：&quot;{value}&quot; 只服务于 {test_model}。请为 &quot;{model}&quot; 使用 &quot;{expected}&quot;（该行使用的是 &quot;{value}&quot;）。请修改每一行的 url。</translation>
    </message>
    <message>
        <source>Line {line}: the model &quot;{model}&quot; must be called with the url &quot;{expected}&quot; (this line uses &quot;{value}&quot;). Fix the url on every line.</source>
        <translation>第 {line} 行：模型 &quot;{model}&quot; 必须通过 url &quot;{expected}&quot; 调用（该行使用的是 &quot;{value}&quot;）。请修改每一行的 url。</translation>
    </message>
    <message>
        <source>Line {line}: enable_thinking is {value}; it must be true or false (without quotes).</source>
        <translation>第 {line} 行：enable_thinking 的值是 {value}；它必须是 true 或 false（不加引号）。</translation>
    </message>
    <message>
        <source>Line {line} sets enable_thinking to {thinking} but line {first_line} sets it to {first_thinking}. All requests in one file must use the same thinking mode.</source>
        <translation>第 {line} 行把 enable_thinking 设为 {thinking}，但第 {first_line} 行设为 {first_thinking}。同一个文件中的所有请求必须使用相同的思考模式。</translation>
    </message>
    <message>
        <source>Line {line} leaves enable_thinking out but line {first_line} sets it. Lines without it use the model&apos;s default thinking mode, which may differ — set enable_thinking the same way (true or false) on every line.</source>
        <translation>第 {line} 行没有设置 enable_thinking，但第 {first_line} 行设置了。未设置的行会使用模型默认的思考模式，可能与其他行不同——请在每一行都以相同方式设置 enable_thinking（true 或 false）。</translation>
    </message>
    <message>
        <source>Line {line} sets enable_thinking but line {first_line} leaves it out. Lines without it use the model&apos;s default thinking mode, which may differ — set enable_thinking the same way (true or false) on every line.</source>
        <translation>第 {line} 行设置了 enable_thinking，但第 {first_line} 行没有设置。未设置的行会使用模型默认的思考模式，可能与其他行不同——请在每一行都以相同方式设置 enable_thinking（true 或 false）。</translation>
    </message>
    <message>
        <source>Line {line}: the body has no &quot;input&quot;. An embedding request needs the text to embed, for example &quot;input&quot;: &quot;some text&quot;.</source>
        <translation>第 {line} 行：body 中没有 &quot;input&quot;。向量化请求需要提供要处理的文本，例如 &quot;input&quot;: &quot;some text&quot;。</translation>
    </message>
    <message>
        <source>Line {line}: the body has no &quot;messages&quot;. A chat request needs a list of messages, for example &quot;messages&quot;: [{{&quot;role&quot;: &quot;user&quot;, &quot;content&quot;: &quot;Hello&quot;}}].</source>
        <translation>第 {line} 行：body 中没有 &quot;messages&quot;。对话请求需要一个消息列表，例如 &quot;messages&quot;: [{{&quot;role&quot;: &quot;user&quot;, &quot;content&quot;: &quot;Hello&quot;}}]。</translation>
    </message>
    <message>
        <source>The file has no requests. Add one JSON request per line.</source>
        <translation>文件中没有请求。请每行添加一个 JSON 请求。</translation>
    </message>
    <message>
        <source>The table has no data rows (only a header, or only empty rows): there is nothing to send.</source>
        <translation>表格中没有数据行（只有表头，或只有空行）：没有可发送的内容。</translation>
    </message>
    <message>
        <source>The file has {count} requests; one file may hold at most {limit}. Split it into several files.</source>
        <translation>文件中有 {count} 个请求；单个文件最多 {limit} 个。请拆分为多个文件。</translation>
    </message>
    <message>
        <source>The file is {size_text}; one file may be at most {limit_text}. Split it into several files.</source>
        <translation>文件大小为 {size_text}；单个文件最大为 {limit_text}。请拆分为多个文件。</translation>
    </message>
    <message>
        <source>A file for {model} may have at most {max_requests} requests and {max_size}; this one has {requests} requests and {size_text}. Use a smaller sample for the free test.</source>
        <translation>{model} 的文件最多 {max_requests} 个请求、{max_size}；该文件有 {requests} 个请求、{size_text}。请使用更小的样例进行免费测试。</translation>
    </message>
    <message>
        <source>The first request alone is larger than {max_mb} MB, the test model&apos;s file limit (embedded images are usually the reason). Try the rehearsal with smaller images or web addresses.</source>
        <translation>仅第一个请求就超过 {max_mb} MB，即测试模型的文件上限（通常是因为嵌入了图片）。请使用更小的图片或网络地址再试运行。</translation>
    </message>
    <message>
        <source>A finish callback works only in the Mainland China (Beijing) region. Clear the field or choose that region.</source>
        <translation>完成回调仅适用于中国内地（北京）地域。请清空该字段，或选择该地域。</translation>
    </message>
    <message>
        <source>The finish callback {url} is not a web address. Write it as https://…</source>
        <translation>完成回调 {url} 不是网址。请写成 https://…</translation>
    </message>
    <message>
        <source>The finish callback must start with https:// and name a server; {url} does not.</source>
        <translation>完成回调必须以 https:// 开头并写明服务器；{url} 不符合。</translation>
    </message>
    <message>
        <source>The finish callback {url} is not reachable from the internet, so the service could never call it. Use a public https:// address.</source>
        <translation>完成回调 {url} 无法从互联网访问，服务永远无法调用它。请使用公网 https:// 地址。</translation>
    </message>
    <message>
        <source>The task name has {length} characters; at most {limit} are allowed. Shorten it.</source>
        <translation>任务名称有 {length} 个字符；最多允许 {limit} 个。请缩短。</translation>
    </message>
    <message>
        <source>The description has {length} characters; at most {limit} are allowed. Shorten it.</source>
        <translation>描述有 {length} 个字符；最多允许 {limit} 个。请缩短。</translation>
    </message>
    <message>
        <source>The time window {value} is not valid. Write a whole number followed by h (hours) or d (days), for example 24h or 2d.</source>
        <translation>完成时限 {value} 无效。请写一个整数，后面跟 h（小时）或 d（天），例如 24h 或 2d。</translation>
    </message>
    <message>
        <source>The time window must be from {min_hours} hours (24h or 1d) to {max_hours} hours (336h or 14d); {value} is too short.</source>
        <translation>完成时限必须在 {min_hours} 小时（24h 或 1d）到 {max_hours} 小时（336h 或 14d）之间；{value} 太短。</translation>
    </message>
    <message>
        <source>The time window must be from {min_hours} hours (24h or 1d) to {max_hours} hours (336h or 14d); {value} is too long.</source>
        <translation>完成时限必须在 {min_hours} 小时（24h 或 1d）到 {max_hours} 小时（336h 或 14d）之间；{value} 太长。</translation>
    </message>
    <message>
        <source>Row {row}: the id (column &quot;{column}&quot;) is blank. Fill it in, or let the app number the rows.</source>
        <translation>第 {row} 行：ID（“{column}”列）为空。请填写，或让应用为各行自动编号。</translation>
    </message>
    <message>
        <source>Row {row}: the id &quot;{id}&quot; is already used on row {first_row}. Every request needs its own id — change one of them, or let the app number the rows.</source>
        <translation>第 {row} 行：ID “{id}” 已在第 {first_row} 行使用。每个请求都需要唯一的 ID——请修改其中一个，或让应用为各行自动编号。</translation>
    </message>
    <message>
        <source>Row {row}: the prompt is empty. Fill in the cells the template uses, or delete the row.</source>
        <translation>第 {row} 行：提示词为空。请填写模板用到的单元格，或删除该行。</translation>
    </message>
    <message>
        <source>Line {line}: the prompt is empty. Write the prompt, or delete the row.</source>
        <translation>第 {line} 行：提示词为空。请填写提示词，或删除该行。</translation>
    </message>
    <message>
        <source>Row {row}: the column &quot;{column}&quot; is blank, so the prompt has a gap there.</source>
        <translation>第 {row} 行：“{column}”列为空，提示词在那里会有空缺。</translation>
    </message>
    <message>
        <source>Row {row}: the text holds � marks where characters could not be read, so this request would send garbled text. Check the row, or choose another encoding for the file.</source>
        <translation>第 {row} 行：文本中有无法读取的字符，显示为 �，因此这个请求会发送乱码。请检查这一行，或为文件选择其他编码。</translation>
    </message>
    <message>
        <source>Row {row} is not UTF-8 like the rest of the file; it was read as {encoding}. Check that its text reads right, or save the file again as UTF-8.</source>
        <translation>第 {row} 行不像文件其余部分那样是 UTF-8；已按 {encoding} 读取。请检查该行文字是否正确，或将文件重新另存为 UTF-8。</translation>
    </message>
    <message>
        <source>Row {row}: the text holds &quot;{sample}&quot;, which is how UTF-8 text looks when read in a Western encoding. Check the row, or choose another encoding for the file.</source>
        <translation>第 {row} 行：文字中有“{sample}”，这是 UTF-8 文字被当作西文编码读取时的样子。请检查该行，或为文件选择其他编码。</translation>
    </message>
    <message>
        <source>Row {row} is written mostly in {script}, which the rest of the file does not use; it may have been read in the wrong encoding. Check the row.</source>
        <translation>第 {row} 行大部分是{script}，而文件其余部分没有使用这种文字；可能是按错误的编码读取的。请检查该行。</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the table has {columns} columns; the extra cells ({extra}) are ignored. Check that row for a missing or extra separator.</source>
        <translation>第 {row} 行有 {cells} 个单元格，但表格只有 {columns} 列；多出的单元格（{extra}）会被忽略。请检查该行是否少了或多了分隔符。</translation>
    </message>
    <message>
        <source>Row {row} has only {cells} of {columns} cells; the missing cells are treated as empty. Check that row for a missing or extra separator.</source>
        <translation>第 {row} 行只有 {cells} 个单元格（共 {columns} 列）；缺少的单元格按空值处理。请检查该行是否少了或多了分隔符。</translation>
    </message>
    <message>
        <source>Row {row}: the image cell is blank; this request is sent as text only.</source>
        <translation>第 {row} 行：图片单元格为空；该请求将只发送文本。</translation>
    </message>
    <message>
        <source>Row {row} holds broken characters (unpaired surrogates) that cannot be written as UTF-8; they were replaced with &quot;?&quot;. Check that row&apos;s text.</source>
        <translation>第 {row} 行包含无法以 UTF-8 写入的损坏字符（未配对的代理项），已替换为 &quot;?&quot;。请检查该行的文本。</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>第 {row} 行：{message}</translation>
    </message>
    <message>
        <source>In the system prompt: {message}</source>
        <translation>系统提示词中：{message}</translation>
    </message>
    <message>
        <source>The prompt template is empty. Write the prompt, e.g. Translate {{text}}.</source>
        <translation>提示词模板为空。请写出提示词，例如 Translate {{text}}。</translation>
    </message>
    <message>
        <source>The template uses {names}, but the table has no such column. {hints} Columns: {columns}. Write a column name between braces exactly as in the header; use {{{{ and }}}} for literal braces.</source>
        <translation>模板用到了 {names}，但表格中没有这样的列。{hints} 现有的列：{columns}。请在花括号中写出与表头完全一致的列名；字面意义的花括号请写成 {{{{ 和 }}}}。</translation>
    </message>
    <message>
        <source>The template uses {names}, but the table has no such column. Columns: {columns}. Write a column name between braces exactly as in the header; use {{{{ and }}}} for literal braces.</source>
        <translation>模板用到了 {names}，但表格中没有这样的列。现有的列：{columns}。请在花括号中写出与表头完全一致的列名；字面意义的花括号请写成 {{{{ 和 }}}}。</translation>
    </message>
    <message>
        <source>The template has a &quot;{{&quot; at character {position} that is never closed. Close it with &quot;}}&quot; or write &quot;{{{{&quot; for a literal brace.</source>
        <translation>模板在第 {position} 个字符处有一个 &quot;{{&quot; 没有闭合。请用 &quot;}}&quot; 闭合，或写成 &quot;{{{{&quot; 表示字面意义的花括号。</translation>
    </message>
    <message>
        <source>The template has empty braces &quot;{{}}&quot; at character {position}. Put a column name inside, like {{text}}, or write &quot;{{{{}}}}&quot; for literal braces.</source>
        <translation>模板在第 {position} 个字符处有空的花括号 &quot;{{}}&quot;。请在其中写一个列名，例如 {{text}}，或写成 &quot;{{{{}}}}&quot; 表示字面意义的花括号。</translation>
    </message>
    <message>
        <source>The template has a &quot;}}&quot; at character {position} without a matching &quot;{{&quot;. Write &quot;}}}}&quot; for a literal brace.</source>
        <translation>模板在第 {position} 个字符处有一个 &quot;}}&quot;，但没有对应的 &quot;{{&quot;。字面意义的花括号请写成 &quot;}}}}&quot;。</translation>
    </message>
    <message>
        <source>The id column &quot;{column}&quot; is not in the table. Choose one of: {columns}.</source>
        <translation>ID 列“{column}”不在表格中。请从以下列中选择：{columns}。</translation>
    </message>
    <message>
        <source>The image column &quot;{column}&quot; is not in the table. Choose one of: {columns}.</source>
        <translation>图片列“{column}”不在表格中。请从以下列中选择：{columns}。</translation>
    </message>
    <message>
        <source>The id column &quot;{column}&quot; is not in the table. Columns: {columns}.</source>
        <translation>ID 列“{column}”不在表格中。现有的列：{columns}。</translation>
    </message>
    <message>
        <source>The image column &quot;{column}&quot; is not in the table. Columns: {columns}.</source>
        <translation>图片列“{column}”不在表格中。现有的列：{columns}。</translation>
    </message>
    <message>
        <source>No model is chosen. Pick one, for example &quot;qwen-plus&quot;.</source>
        <translation>尚未选择模型。请选择一个，例如 &quot;qwen-plus&quot;。</translation>
    </message>
    <message>
        <source>The model &quot;{model}&quot; needs the {kind} kind of request, but {chosen} is chosen. Change the request kind or the model.</source>
        <translation>模型 &quot;{model}&quot; 需要“{kind}”类请求，但当前选择的是“{chosen}”。请更改请求类型或模型。</translation>
    </message>
    <message>
        <source>The model &quot;{model}&quot; is not in the documented batch models of {region}. It may not work there — check the model name and the region.</source>
        <translation>模型 &quot;{model}&quot; 不在 {region} 文档列出的批量推理模型中。它在该地域可能无法使用——请检查模型名称和地域。</translation>
    </message>
    <message>
        <source>Temperature is {value}; it must be a number from 0 up to (but not including) 2.</source>
        <translation>Temperature 为 {value}；它必须是大于等于 0 且小于 2 的数字。</translation>
    </message>
    <message>
        <source>top_p is {value}; it must be from 0 to 1.</source>
        <translation>top_p 为 {value}；它必须在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>max_tokens is {value}; it must be at least 1.</source>
        <translation>max_tokens 为 {value}；它必须至少为 1。</translation>
    </message>
    <message>
        <source>dimensions is {value}; it must be at least 1.</source>
        <translation>dimensions 为 {value}；它必须至少为 1。</translation>
    </message>
    <message>
        <source>Embedding requests do not use: {settings}. They are left out.</source>
        <translation>向量化请求不使用：{settings}。这些设置会被省略。</translation>
    </message>
    <message>
        <source>dimensions only applies to embedding requests; it is left out.</source>
        <translation>dimensions 只适用于向量化请求；已省略。</translation>
    </message>
    <message>
        <source>Images need a vision model such as &quot;qwen-vl-plus&quot;; &quot;{model}&quot; may not read them.</source>
        <translation>图片需要视觉模型，例如 &quot;qwen-vl-plus&quot;；&quot;{model}&quot; 可能无法读取图片。</translation>
    </message>
    <message>
        <source>An output column has no name. Give it one, e.g. sentiment.</source>
        <translation>有一个输出列没有名称。请给它起个名字，例如 sentiment。</translation>
    </message>
    <message>
        <source>The output column &quot;{name}&quot; is listed twice.</source>
        <translation>输出列“{name}”出现了两次。</translation>
    </message>
    <message>
        <source>The output column &quot;{name}&quot; picks from a list of labels, but the list has fewer than two. Write the labels separated by commas, e.g. positive, negative, neutral.</source>
        <translation>输出列“{name}”要从标签列表中选择，但列表中的标签少于两个。请用逗号分隔填写标签，例如 positive, negative, neutral。</translation>
    </message>
    <message>
        <source>The output column &quot;{name}&quot; has more than {count} labels.</source>
        <translation>输出列“{name}”的标签超过 {count} 个。</translation>
    </message>
    <message>
        <source>At most {count} output columns can be asked for.</source>
        <translation>最多只能设置 {count} 个输出列。</translation>
    </message>
    <message>
        <source>&quot;{model}&quot; is not known to support JSON mode: the answers are asked for as JSON by the instruction alone, so a few may need another try.</source>
        <translation>未知“{model}”是否支持 JSON 模式：只能靠指令要求以 JSON 回答，因此少数回答可能需要重试。</translation>
    </message>
    <message>
        <source>JSON mode cannot be used with thinking on: the answers are asked for as JSON by the instruction alone, so a few may need another try.</source>
        <translation>开启思考模式时不能使用 JSON 模式：只能靠指令要求以 JSON 回答，因此少数回答可能需要重试。</translation>
    </message>
    <message>
        <source>{model} makes vectors of {sizes} numbers; {value} is not one of them.</source>
        <translation>{model} 生成的向量长度为 {sizes}；{value} 不在其中。</translation>
    </message>
    <message>
        <source>Row {row}&apos;s text is about {tokens} tokens; an embedding input may be at most {limit} tokens, so the service may refuse or cut it. Split the text.</source>
        <translation>第 {row} 行的文本约 {tokens} 个 Token；向量化的输入最多 {limit} 个 Token，服务可能会拒绝或截断。请拆分文本。</translation>
    </message>
    <message>
        <source>The image &quot;{name}&quot; is {size_mb} MB; an image embedded in a batch request may be at most {max_mb} MB (a request line may be at most {line_mb} MB and images grow by a third when embedded). Make it smaller, or put it online and use its web address.</source>
        <translation>图片“{name}”大小为 {size_mb} MB；嵌入批量请求的图片最大为 {max_mb} MB（一行请求最大 {line_mb} MB，且图片嵌入后会增大三分之一）。请缩小图片，或将其放到网上并使用网络地址。</translation>
    </message>
    <message>
        <source>The image &quot;{name}&quot; cannot be read: {reason}.</source>
        <translation>无法读取图片“{name}”：{reason}。</translation>
    </message>
    <message>
        <source>The image &quot;{name}&quot; was not found (looked in {folder}). Check the file name, or use a full path or a web address (https://...).</source>
        <translation>找不到图片“{name}”（已在 {folder} 中查找）。请检查文件名，或使用完整路径或网络地址（https://...）。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is a folder, not an image file.</source>
        <translation>“{name}”是文件夹，不是图片文件。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a picture the model can read (JPEG, PNG, GIF, BMP, TIFF or WEBP).</source>
        <translation>“{name}”不是模型可以读取的图片（JPEG、PNG、GIF、BMP、TIFF 或 WEBP）。</translation>
    </message>
    <message>
        <source>Row {row} makes a request of {size_mb} MB; one request may be at most {max_mb} MB. Shorten its text (or use smaller images or web addresses).</source>
        <translation>第 {row} 行生成的请求大小为 {size_mb} MB；单个请求最大为 {max_mb} MB。请缩短文本（或使用更小的图片或网络地址）。</translation>
    </message>
    <message>
        <source>Line {line} alone is {size_mb} MB, more than a part may hold ({max_mb} MB). Shorten that request.</source>
        <translation>仅第 {line} 行就有 {size_mb} MB，超过了每个部分的上限（{max_mb} MB）。请缩短该请求。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>需要修改的地方</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <source>{message}

(code: {code})</source>
        <translation>{message}

（代码：{code}）</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>复制链接地址(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>RegionKeyRow</name>
    <message>
        <source>Paste the API key (sk-…) for this region</source>
        <translation>粘贴该地域的 API Key（sk-…）</translation>
    </message>
    <message>
        <source>API key for {region}</source>
        <translation>{region} 的 API Key</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save the key for {region}</source>
        <translation>保存 {region} 的 API Key</translation>
    </message>
    <message>
        <source>Test the key for {region}</source>
        <translation>测试 {region} 的 API Key</translation>
    </message>
    <message>
        <source>Remove the key for {region}</source>
        <translation>删除 {region} 的 API Key</translation>
    </message>
    <message>
        <source>Key status for {region}</source>
        <translation>{region} 的 API Key 状态</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>International (Singapore)</source>
        <translation>国际（新加坡）</translation>
    </message>
    <message>
        <source>Mainland China (Beijing)</source>
        <translation>中国内地（北京）</translation>
    </message>
    <message>
        <source>Sandbox (simulated, offline)</source>
        <translation>沙箱（模拟，离线）</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
</context>
<context>
    <name>RequestsEditor</name>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>＋ Add row</source>
        <translation>＋ 添加一行</translation>
    </message>
    <message>
        <source>Add a request</source>
        <translation>添加一个请求</translation>
    </message>
    <message>
        <source>A new, empty request below the selected row</source>
        <translation>在所选行下方添加一个新的空请求</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Duplicate the selected requests</source>
        <translation>复制所选请求</translation>
    </message>
    <message>
        <source>Copies of the selected rows with new IDs (Ctrl+D)</source>
        <translation>复制所选行并分配新的 ID（Ctrl+D）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected requests</source>
        <translation>删除所选请求</translation>
    </message>
    <message>
        <source>Delete the selected rows (Delete key)</source>
        <translation>删除所选行（Delete 键）</translation>
    </message>
    <message>
        <source>Find… (Ctrl+F)</source>
        <translation>查找…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>查找文本</translation>
    </message>
    <message>
        <source>Searches IDs, prompts, system prompts and models</source>
        <translation>搜索 ID、提示词、系统提示词和模型</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配项（Enter）</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Problems summary</source>
        <translation>问题摘要</translation>
    </message>
    <message>
        <source>Problems found in the requests</source>
        <translation>在请求中发现的问题</translation>
    </message>
    <message>
        <source>Select a request to see all of it here.</source>
        <translation>选择一个请求即可在这里查看其全部内容。</translation>
    </message>
    <message>
        <source>The selected request as JSON</source>
        <translation>所选请求的 JSON</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Apply the JSON changes to the request</source>
        <translation>将 JSON 的修改应用到请求</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Undo the JSON changes</source>
        <translation>撤销 JSON 的修改</translation>
    </message>
    <message>
        <source>Checking every request…</source>
        <translation>正在检查每个请求…</translation>
    </message>
    <message>
        <source>{name} was changed or removed by another program while it is open here. The table may show wrong rows: open the file again (your edits here are kept if you save them first).</source>
        <translation>{name} 在此打开期间被其他程序修改或删除了。表格可能显示错误的行：请重新打开文件（如果先保存，您在这里的修改会保留）。</translation>
    </message>
    <message>
        <source>check the requests</source>
        <translation>检查请求</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✓ No problems found.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✓ 未发现问题。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Problems: &lt;b&gt;{errors}&lt;/b&gt; error(s), &lt;b&gt;{warnings}&lt;/b&gt; warning(s) — click one to go to its line.</source>
        <translation>问题：&lt;b&gt;{errors}&lt;/b&gt; 个错误，&lt;b&gt;{warnings}&lt;/b&gt; 个警告——点击某一项可跳到对应行。</translation>
    </message>
    <message>
        <source>Only the first {shown} are listed.</source>
        <translation>只列出前 {shown} 个。</translation>
    </message>
    <message>
        <source>search the requests</source>
        <translation>搜索请求</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>第 {n} 个，共 {total} 个</translation>
    </message>
    <message>
        <source>Line {line} is {size} KB — too large to show and edit here.</source>
        <translation>第 {line} 行有 {size} KB——太大，无法在这里显示和编辑。</translation>
    </message>
    <message>
        <source>Line {line} — edit any field here, then press Apply:</source>
        <translation>第 {line} 行——在这里编辑任意字段，然后点击“应用”：</translation>
    </message>
    <message>
        <source>Line {line} is not a JSON request. Fix it here, then press Apply:</source>
        <translation>第 {line} 行不是 JSON 请求。请在这里修正，然后点击“应用”：</translation>
    </message>
    <message>
        <source>Not valid JSON yet ({detail}); the request was not changed.</source>
        <translation>还不是有效的 JSON（{detail}）；请求未被修改。</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Sheet row</source>
        <translation>表格行</translation>
    </message>
    <message>
        <source>ID (custom_id)</source>
        <translation>ID（custom_id）</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>(empty line)</source>
        <translation>（空行）</translation>
    </message>
    <message>
        <source>[{count} image(s)] </source>
        <translation>[{count} 张图片] </translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…还有 {count} 个</translation>
    </message>
    <message>
        <source>This line is not a JSON request. Fix it in the box on the right, then Apply.</source>
        <translation>该行不是 JSON 请求。请在右侧的框中修正，然后点击“应用”。</translation>
    </message>
    <message>
        <source>Double-click to edit.</source>
        <translation>双击即可编辑。</translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <source>Finish reason</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误代码</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 数</translation>
    </message>
    <message>
        <source>Embedding dimension</source>
        <translation>向量维度</translation>
    </message>
    <message>
        <source>Answered by re-run</source>
        <translation>由重新运行回答</translation>
    </message>
    <message>
        <source>{total} ({prompt} in + {completion} out)</source>
        <translation>{total}（输入 {prompt} + 输出 {completion}）</translation>
    </message>
    <message>
        <source>Needs another try</source>
        <translation>需要重试</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Error: {reason}</source>
        <translation>错误：{reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>[{count} embedding(s), {dim} dimensions]</source>
        <translation>[{count} 个向量，{dim} 维]</translation>
    </message>
    <message>
        <source>{text}; {thinking} of the output tokens were thinking</source>
        <translation>{text}；其中 {thinking} 个输出 Token 用于思考</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <source>Results — {name}</source>
        <translation>结果 — {name}</translation>
    </message>
    <message>
        <source>Opening the answers…</source>
        <translation>正在打开结果…</translation>
    </message>
    <message>
        <source>Results summary</source>
        <translation>结果摘要</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Show rows with status</source>
        <translation>显示具有此状态的行</translation>
    </message>
    <message>
        <source>Available once every row&apos;s status is known</source>
        <translation>在确定每一行的状态后可用</translation>
    </message>
    <message>
        <source>Re-run failed + missing</source>
        <translation>重新运行失败和缺失的请求</translation>
    </message>
    <message>
        <source>Re-run the failed and missing rows as a new job</source>
        <translation>将失败和缺失的行作为新任务重新运行</translation>
    </message>
    <message>
        <source>Sends exactly the failed and missing requests again; the answers merge into these results.</source>
        <translation>只重新发送失败和缺失的请求；其结果会合并到这些结果中。</translation>
    </message>
    <message>
        <source>Export CSV for Excel…</source>
        <translation>导出 Excel 用 CSV…</translation>
    </message>
    <message>
        <source>Export the results as CSV for Excel</source>
        <translation>将结果导出为 Excel 用 CSV</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <source>Export the results as an Excel workbook</source>
        <translation>将结果导出为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Export raw JSONL…</source>
        <translation>导出原始 JSONL…</translation>
    </message>
    <message>
        <source>Export the raw answer lines as JSONL</source>
        <translation>将原始回答行导出为 JSONL</translation>
    </message>
    <message>
        <source>Results rows</source>
        <translation>结果行</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>所选行</translation>
    </message>
    <message>
        <source>Select a row to read its request and answer in full.</source>
        <translation>选择一行即可完整阅读其请求和回答。</translation>
    </message>
    <message>
        <source>Results status</source>
        <translation>结果状态</translation>
    </message>
    <message>
        <source>count the answers</source>
        <translation>统计回答</translation>
    </message>
    <message>
        <source>{rows} rows in input order. Counting answers…</source>
        <translation>按输入顺序共 {rows} 行。正在统计回答…</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>所有行</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Missing (never answered)</source>
        <translation>缺失（从未回答）</translation>
    </message>
    <message>
        <source>Failed or missing</source>
        <translation>失败或缺失</translation>
    </message>
    <message>
        <source>Export answers as CSV for Excel</source>
        <translation>将结果导出为 Excel 用 CSV</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export answers as an Excel workbook</source>
        <translation>将结果导出为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the raw answer lines</source>
        <translation>导出原始回答行</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Columns of the exported file</source>
        <translation>导出文件的列</translation>
    </message>
    <message>
        <source>Your sheet + answers</source>
        <translation>你的表格 + 回答</translation>
    </message>
    <message>
        <source>All columns (technical)</source>
        <translation>所有列（技术信息）</translation>
    </message>
    <message>
        <source>Your sheet + answers: your own columns in their order, then the answers, then a status. All columns: also the request id, status code, tokens and finish reason of every answer.</source>
        <translation>你的表格 + 回答：先是你自己的列（顺序不变），然后是回答，最后是状态。所有列：另外包括每个回答的请求 ID、状态码、Token 数和结束原因。</translation>
    </message>
    <message>
        <source>read the rows</source>
        <translation>读取行</translation>
    </message>
    <message>
        <source>Reading the rows… ({rows} so far)</source>
        <translation>正在读取行……（已读取 {rows} 行）</translation>
    </message>
    <message>
        <source>{label} ({count})</source>
        <translation>{label}（{count}）</translation>
    </message>
    <message>
        <source>Show only rows with this status</source>
        <translation>只显示具有此状态的行</translation>
    </message>
    <message>
        <source>Re-run failed + missing ({count})</source>
        <translation>重新运行失败和缺失的请求（{count}）</translation>
    </message>
    <message>
        <source>{rows} rows in input order.</source>
        <translation>按输入顺序共 {rows} 行。</translation>
    </message>
    <message>
        <source>read the answers</source>
        <translation>读取结果</translation>
    </message>
    <message>
        <source>{ok} answered · {failed} failed · {missing} missing, of {total} rows.</source>
        <translation>{ok} 个已回答 · {failed} 个失败 · {missing} 个缺失，共 {total} 行。</translation>
    </message>
    <message>
        <source>Tokens: {prompt} in, {completion} out (thinking included), {total} in all.</source>
        <translation>Token：输入 {prompt}，输出 {completion}（含思考），共 {total}。</translation>
    </message>
    <message>
        <source>{rows} rows.</source>
        <translation>{rows} 行。</translation>
    </message>
    <message>
        <source>Comparing {variants}: the table shows {shown}; exports put every model side by side.</source>
        <translation>正在对比 {variants}：表格显示的是 {shown}；导出时所有模型并排。</translation>
    </message>
    <message>
        <source>Not downloaded yet: {variants}.</source>
        <translation>尚未下载：{variants}。</translation>
    </message>
    <message>
        <source>Includes the answers of {count} re-run(s): the newest answer of each row is shown.</source>
        <translation>包含 {count} 次重新运行的结果：每行显示最新的回答。</translation>
    </message>
    <message>
        <source>Cost at batch prices: {cost}.</source>
        <translation>按批量价格的费用：{cost}。</translation>
    </message>
    <message>
        <source>Cost at batch prices: {each} (not all variants are downloaded yet).</source>
        <translation>按批量价格的费用：{each}（尚未下载全部变体）。</translation>
    </message>
    <message>
        <source>Cost at batch prices: {each} · all variants: {total}.</source>
        <translation>按批量价格的费用：{each} · 全部变体：{total}。</translation>
    </message>
    <message>
        <source>filter the rows</source>
        <translation>筛选行</translation>
    </message>
    <message>
        <source>{shown} of {rows} rows, in input order.</source>
        <translation>按输入顺序显示 {shown}/{rows} 行。</translation>
    </message>
    <message>
        <source>show the row</source>
        <translation>显示该行</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>第 {number} 行</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>An embedding of {dim} dimensions.</source>
        <translation>一个 {dim} 维的向量。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>The service returned no answer for this request.</source>
        <translation>服务没有为该请求返回回答。</translation>
    </message>
    <message>
        <source>finish reason: {reason}</source>
        <translation>结束原因：{reason}</translation>
    </message>
    <message>
        <source>tokens: {tokens}</source>
        <translation>Token：{tokens}</translation>
    </message>
    <message>
        <source>model: {model}</source>
        <translation>模型：{model}</translation>
    </message>
    <message>
        <source>answered by re-run {batch}</source>
        <translation>由重新运行 {batch} 回答</translation>
    </message>
    <message>
        <source>export the answers</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>正在保存 {path}…</translation>
    </message>
    <message>
        <source>Saved {rows} rows to {path} in {time}.</source>
        <translation>已将 {rows} 行保存到 {path}，用时 {time}。</translation>
    </message>
    <message>
        <source>Saved {rows} rows to {path} — {ok} answered, {failed} failed, {missing} without an answer.</source>
        <translation>已将 {rows} 行保存到 {path}——{ok} 个已回答，{failed} 个失败，{missing} 个没有回答。</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <source>vectors for code: {name}</source>
        <translation>供程序使用的向量：{name}</translation>
    </message>
    <message>
        <source>XLSX keeps every cell exactly as written, with no Excel tricks.</source>
        <translation>XLSX 会原样保留每个单元格，无需任何 Excel 技巧。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>向量</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>needs another try</source>
        <translation>需要重试</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无回答</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>批量任务 ID</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>prompt tokens</source>
        <translation>输入 token 数</translation>
    </message>
    <message>
        <source>completion tokens (thinking included)</source>
        <translation>输出 token 数（含思考）</translation>
    </message>
    <message>
        <source>total tokens</source>
        <translation>token 总数</translation>
    </message>
    <message>
        <source>cost at batch prices</source>
        <translation>按批量价格的费用</translation>
    </message>
    <message>
        <source>cost of all variants at batch prices</source>
        <translation>全部变体按批量价格的费用</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>未知（{reason}）</translation>
    </message>
    <message>
        <source>{column}: the variants agree</source>
        <translation>{column}：各变体一致</translation>
    </message>
    <message>
        <source>{agree} of {compared} ({share})</source>
        <translation>{compared} 行中 {agree} 行（{share}）</translation>
    </message>
    <message>
        <source>cells cut to {limit} characters</source>
        <translation>截断为 {limit} 个字符的单元格</translation>
    </message>
</context>
<context>
    <name>SavedFileBar</name>
    <message>
        <source>Exported file</source>
        <translation>已导出的文件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>打开导出的文件</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>在所在文件夹中显示导出的文件</translation>
    </message>
</context>
<context>
    <name>ServerWaits</name>
    <message>
        <source>Checking whether the batch was created, in {seconds} s</source>
        <translation>{seconds} 秒后检查批处理任务是否已创建</translation>
    </message>
    <message>
        <source>Connection problem, retrying in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>连接出现问题，{seconds} 秒后重试（第 {attempt} 次，共 {attempts} 次）</translation>
    </message>
    <message>
        <source>Server busy, retrying in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>服务器繁忙，{seconds} 秒后重试（第 {attempt} 次，共 {attempts} 次）</translation>
    </message>
    <message>
        <source>No answer from the server yet ({seconds} s); still waiting, for up to {limit} s</source>
        <translation>服务器尚未回应（{seconds} 秒）；仍在等待，最多等待 {limit} 秒</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Each region has &lt;b&gt;its own API key&lt;/b&gt;: a Singapore key does not work in Beijing. Keys are kept in your system&apos;s keychain, never in a file, and are never shown again after saving.</source>
        <translation>每个地域都有&lt;b&gt;自己的 API Key&lt;/b&gt;：新加坡的 Key 在北京无法使用。API Key 保存在系统钥匙串中，绝不写入文件，保存后也不会再显示。</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>正在查找系统钥匙串…</translation>
    </message>
    <message>
        <source>Where keys are stored</source>
        <translation>API Key 的保存位置</translation>
    </message>
    <message>
        <source>API keys by region</source>
        <translation>各地域的 API Key</translation>
    </message>
    <message>
        <source>Add another OpenAI-compatible endpoint</source>
        <translation>添加其他兼容 OpenAI 的接口</translation>
    </message>
    <message>
        <source>Name, e.g. Frankfurt</source>
        <translation>名称，例如 Frankfurt</translation>
    </message>
    <message>
        <source>Custom endpoint name</source>
        <translation>自定义接口名称</translation>
    </message>
    <message>
        <source>Base URL, e.g. https://example.com/compatible-mode/v1</source>
        <translation>Base URL，例如 https://example.com/compatible-mode/v1</translation>
    </message>
    <message>
        <source>Custom endpoint base URL</source>
        <translation>自定义接口的 Base URL</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>添加接口</translation>
    </message>
    <message>
        <source>Add the custom endpoint</source>
        <translation>添加自定义接口</translation>
    </message>
    <message>
        <source>Spending cap</source>
        <translation>支出上限</translation>
    </message>
    <message>
        <source>&amp;Cap per job:</source>
        <translation>每个任务的上限(&amp;C)：</translation>
    </message>
    <message>
        <source>Spending cap per job</source>
        <translation>每个任务的支出上限</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>In the region&apos;s currency. A submit whose upper estimate is above it — or cannot be estimated — is refused with the numbers. The free test model and the sandbox are never capped.</source>
        <translation>以地域的币种计。预估上限超过此值（或无法估算）的提交将被拒绝，并显示相关数字。免费测试模型和沙盒不受此限制。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>窗口语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>窗口语言</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>跟随系统语言（{language}）</translation>
    </message>
    <message>
        <source>A new language takes effect after you restart Batch Desk.</source>
        <translation>新的语言将在重启 Batch Desk 后生效。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Restart Batch Desk in the new language</source>
        <translation>以新语言重启 Batch Desk</translation>
    </message>
    <message>
        <source>When the window is closed</source>
        <translation>关闭窗口后</translation>
    </message>
    <message>
        <source>Keep checking jobs in the background, from an icon in the system tray (menu bar)</source>
        <translation>在后台继续检查任务（系统托盘 / 菜单栏中显示图标）</translation>
    </message>
    <message>
        <source>Keep checking jobs in the background</source>
        <translation>在后台继续检查任务</translation>
    </message>
    <message>
        <source>Batch Desk then tells you when a job ends even after you close its window; choose Quit (Ctrl+Q) to stop it.</source>
        <translation>这样即使关闭窗口，Batch Desk 也会在任务结束时通知您；选择“退出”（Ctrl+Q）可停止它。</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so checking stops when the window closes. Your jobs keep running on the server (up to 14 days): start Batch Desk again and it picks them up and downloads the answers.</source>
        <translation>此桌面不显示托盘图标，因此窗口关闭后将停止检查。您的任务会继续在服务器上运行（最长 14 天）：再次启动 Batch Desk，它会接着检查并下载回答。</translation>
    </message>
    <message>
        <source>Saved. Restart Batch Desk to see the new language.</source>
        <translation>已保存。重启 Batch Desk 即可看到新的语言。</translation>
    </message>
    <message>
        <source>save the key</source>
        <translation>保存 API Key</translation>
    </message>
    <message>
        <source>test the key</source>
        <translation>测试 API Key</translation>
    </message>
    <message>
        <source>remove the key</source>
        <translation>删除 API Key</translation>
    </message>
    <message>
        <source>A key is stored ({masked}).</source>
        <translation>已保存一个 API Key（{masked}）。</translation>
    </message>
    <message>
        <source>No key yet. Get one at &lt;a href=&apos;{url}&apos;&gt;the {region} console&lt;/a&gt;.</source>
        <translation>还没有 API Key。请到&lt;a href=&apos;{url}&apos;&gt;{region} 控制台&lt;/a&gt;获取。</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>还没有 API Key。</translation>
    </message>
    <message>
        <source>Keys are stored in: &lt;b&gt;{where}&lt;/b&gt;.</source>
        <translation>API Key 保存在：&lt;b&gt;{where}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>⚠ {problem} Nothing is written to disk.</source>
        <translation>⚠ {problem} 不会写入磁盘。</translation>
    </message>
    <message>
        <source>no keychain service was found</source>
        <translation>未找到钥匙串服务</translation>
    </message>
    <message>
        <source>⚠ No system keychain is available ({problem}). A key you save is kept &lt;b&gt;for this session only&lt;/b&gt; and forgotten when the app closes — nothing is written to disk.</source>
        <translation>⚠ 没有可用的系统钥匙串（{problem}）。您保存的 API Key &lt;b&gt;只在本次会话中&lt;/b&gt;保留，应用关闭后即被遗忘——不会写入磁盘。</translation>
    </message>
    <message>
        <source>Paste a key first.</source>
        <translation>请先粘贴 API Key。</translation>
    </message>
    <message>
        <source>{where} Press Test to check it with the server.</source>
        <translation>{where} 点击“测试”可向服务器检查它。</translation>
    </message>
    <message>
        <source>There is no key to test. Paste one first.</source>
        <translation>没有可测试的 API Key。请先粘贴一个。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>✓ The key works in this region.</source>
        <translation>✓ 该 API Key 在此地域可用。</translation>
    </message>
    <message>
        <source>Removed. This region has no key now.</source>
        <translation>已删除。该地域现在没有 API Key。</translation>
    </message>
    <message>
        <source>Added “{name}”. Save its key above; it appears in the region list after a restart.</source>
        <translation>已添加“{name}”。请在上方保存它的 API Key；重启后它会出现在地域列表中。</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>← Choose another file</source>
        <translation>← 选择其他文件</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>选择其他文件</translation>
    </message>
    <message>
        <source>Mapping status</source>
        <translation>映射状态</translation>
    </message>
    <message>
        <source>Create requests →</source>
        <translation>生成请求 →</translation>
    </message>
    <message>
        <source>Create the requests</source>
        <translation>生成请求</translation>
    </message>
    <message>
        <source>1. How to read the file</source>
        <translation>1. 如何读取文件</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <source>Te&amp;xt encoding:</source>
        <translation>文本编码(&amp;X)：</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>列分隔符</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（,）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（;）</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>竖线（|）</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>分隔符(&amp;S)：</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>工作表(&amp;H)：</translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation>第一行是列名</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>第一行是表头</translation>
    </message>
    <message>
        <source>What was detected</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <source>Problem reading the file</source>
        <translation>读取文件时出现问题</translation>
    </message>
    <message>
        <source>Preview of the table</source>
        <translation>表格预览</translation>
    </message>
    <message>
        <source>2. Turn each row into a request</source>
        <translation>2. 把每一行变成一个请求</translation>
    </message>
    <message>
        <source>Request ID column</source>
        <translation>请求 ID 列</translation>
    </message>
    <message>
        <source>Each request needs its own ID, so each answer can be matched to its row. Pick a column, or let the app number the rows.</source>
        <translation>每个请求都需要唯一的 ID，这样每个回答才能对应到它的行。请选择一列，或让应用为各行自动编号。</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>提示词模板</translation>
    </message>
    <message>
        <source>e.g. Translate into English: {text}</source>
        <translation>例如 Translate into English: {text}</translation>
    </message>
    <message>
        <source>The prompt sent for each row. {column} is replaced by that row&apos;s cell; write {{ or }} for a brace.</source>
        <translation>每一行发送的提示词。{column} 会被替换为该行对应的单元格；要写花括号本身，请写 {{ 或 }}。</translation>
    </message>
    <message>
        <source>Insert column ▾</source>
        <translation>插入列 ▾</translation>
    </message>
    <message>
        <source>Insert a column into the prompt</source>
        <translation>在提示词中插入一列</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>提示词(&amp;P)：</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Optional: instructions for every request, e.g. You are a careful translator.</source>
        <translation>可选：每个请求共用的说明，例如 You are a careful translator.</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>系统提示词(&amp;Y)：</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>请求类型</translation>
    </message>
    <message>
        <source>Chat (answers)</source>
        <translation>对话（回答）</translation>
    </message>
    <message>
        <source>Embeddings (vectors)</source>
        <translation>向量（Embedding）</translation>
    </message>
    <message>
        <source>Free test model (dummy answers)</source>
        <translation>免费测试模型（示例回答）</translation>
    </message>
    <message>
        <source>Chat: the model writes an answer to each prompt. Embeddings: a vector for each text. Free test model: checks the file and the connection; the answers are placeholders.</source>
        <translation>对话：模型为每个提示词写一个回答。向量：为每段文本生成一个向量。免费测试模型：检查文件和连接，回答只是占位内容。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>模型默认值</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Lower is more predictable, higher more varied (0 up to 2).</source>
        <translation>越低越稳定，越高越多样（0 到 2，不含 2）。</translation>
    </message>
    <message>
        <source>top_p</source>
        <translation>top_p</translation>
    </message>
    <message>
        <source>Longest answer in tokens (max_tokens)</source>
        <translation>回答的最大长度（Token 数，max_tokens）</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 Token 数</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Thinking mode (enable_thinking)</source>
        <translation>思考模式（enable_thinking）</translation>
    </message>
    <message>
        <source>Off — answer directly (enable_thinking: false)</source>
        <translation>关——直接回答（enable_thinking: false）</translation>
    </message>
    <message>
        <source>On — think first (enable_thinking: true)</source>
        <translation>开——先思考（enable_thinking: true）</translation>
    </message>
    <message>
        <source>Thinking tokens are billed as output tokens: with thinking on, answers cost more and take longer.</source>
        <translation>思考 Token 按输出 Token 计费：开启思考后，回答更贵，耗时也更长。</translation>
    </message>
    <message>
        <source>&amp;Thinking:</source>
        <translation>思考(&amp;T)：</translation>
    </message>
    <message>
        <source>Image column</source>
        <translation>图片列</translation>
    </message>
    <message>
        <source>For vision models (qwen-vl-*): a column with image web addresses or file paths. Local pictures are embedded (at most 4 MB each).</source>
        <translation>用于视觉模型（qwen-vl-*）：包含图片网址或文件路径的列。本地图片会被嵌入（每张最大 4 MB）。</translation>
    </message>
    <message>
        <source>I&amp;mages:</source>
        <translation>图片(&amp;M)：</translation>
    </message>
    <message>
        <source>Ans&amp;wer columns:</source>
        <translation>回答列(&amp;W)：</translation>
    </message>
    <message>
        <source>Problems with the mapping</source>
        <translation>映射中的问题</translation>
    </message>
    <message>
        <source>3. The request for the selected row</source>
        <translation>3. 所选行的请求</translation>
    </message>
    <message>
        <source>Select a row on the left to see its request.</source>
        <translation>在左侧选择一行即可查看它的请求。</translation>
    </message>
    <message>
        <source>Prompt of the selected row</source>
        <translation>所选行的提示词</translation>
    </message>
    <message>
        <source>Request preview (JSON)</source>
        <translation>请求预览（JSON）</translation>
    </message>
    <message>
        <source>close the previous table</source>
        <translation>关闭之前的表格</translation>
    </message>
    <message>
        <source>close the table</source>
        <translation>关闭表格</translation>
    </message>
    <message>
        <source>Detected encoding: {label}. {reason}</source>
        <translation>检测到的编码：{label}。{reason}</translation>
    </message>
    <message>
        <source>Read as {label} (your choice).</source>
        <translation>按 {label} 读取（您的选择）。</translation>
    </message>
    <message>
        <source>Cells separated by: {name}.</source>
        <translation>单元格分隔符：{name}。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of {count}.</source>
        <translation>工作表“{sheet}”（共 {count} 个）。</translation>
    </message>
    <message>
        <source>If the text below looks wrong (boxes or odd characters), choose another encoding.</source>
        <translation>如果下面的文字显示不正常（方框或怪字符），请选择其他编码。</translation>
    </message>
    <message>
        <source>Numbers and dates are shown as Excel shows them.</source>
        <translation>数字和日期按 Excel 中的显示方式呈现。</translation>
    </message>
    <message>
        <source>{name}: {rows} rows · {columns} columns.</source>
        <translation>{name}：{rows} 行 · {columns} 列。</translation>
    </message>
    <message>
        <source>{name}: about {rows} rows · {columns} columns. The first {shown} rows:</source>
        <translation>{name}：约 {rows} 行 · {columns} 列。前 {shown} 行：</translation>
    </message>
    <message>
        <source>Number the rows for me (row-2, row-3, …)</source>
        <translation>为我给各行编号（row-2、row-3、…）</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>无图片</translation>
    </message>
    <message>
        <source>Column “{name}”</source>
        <translation>“{name}”列</translation>
    </message>
    <message>
        <source>read the file again</source>
        <translation>重新读取文件</translation>
    </message>
    <message>
        <source>The file cannot be read this way: {reason}</source>
        <translation>无法以这种方式读取文件：{reason}</translation>
    </message>
    <message>
        <source>show the request preview</source>
        <translation>显示请求预览</translation>
    </message>
    <message>
        <source>⚠ Not in this region&apos;s documented batch models — it may not work there.</source>
        <translation>⚠ 不在该地域文档列出的批量推理模型中——可能无法使用。</translation>
    </message>
    <message>
        <source>Create {rows} requests →</source>
        <translation>生成 {rows} 个请求 →</translation>
    </message>
    <message>
        <source>Fix the problem shown in red to continue.</source>
        <translation>请修正红色显示的问题后继续。</translation>
    </message>
    <message>
        <source>Next: create the requests, then check and edit them before anything is sent.</source>
        <translation>下一步：生成请求，然后在发送之前检查和编辑它们。</translation>
    </message>
    <message>
        <source>Column “{column}”: {blank} blank and {repeated} repeated ID(s) in the rows shown. Every request needs its own ID: fix them in the next step, or let the app number the rows.</source>
        <translation>“{column}”列：在显示的行中有 {blank} 个空 ID 和 {repeated} 个重复 ID。每个请求都需要唯一的 ID：请在下一步中修正，或让应用为各行自动编号。</translation>
    </message>
    <message>
        <source>The table has no data rows.</source>
        <translation>表格中没有数据行。</translation>
    </message>
    <message>
        <source>Sheet row {row} cannot become a request: {reason}</source>
        <translation>表格第 {row} 行无法生成请求：{reason}</translation>
    </message>
    <message>
        <source>Fix the mapping above to see the request for sheet row {row}.</source>
        <translation>请修正上面的映射，以查看表格第 {row} 行的请求。</translation>
    </message>
    <message>
        <source>Sheet row {row} → prompt: &lt;b&gt;{prompt}&lt;/b&gt;</source>
        <translation>表格第 {row} 行 → 提示词：&lt;b&gt;{prompt}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>已打开的文件</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <source>Open another file</source>
        <translation>打开其他文件</translation>
    </message>
    <message>
        <source>Or drop a file anywhere on this window (Ctrl+O)</source>
        <translation>也可以把文件拖到这个窗口的任意位置（Ctrl+O）</translation>
    </message>
    <message>
        <source>create the requests</source>
        <translation>生成请求</translation>
    </message>
    <message>
        <source>Drop your spreadsheet or batch file here</source>
        <translation>将电子表格或批量文件拖放到这里</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xls), LibreOffice (.ods), CSV / TSV / TXT saved in any common encoding (Chinese, Japanese, Korean, Western), or a ready JSONL batch file. You choose how each row becomes a request and check everything before anything is uploaded.</source>
        <translation>Excel（.xlsx、.xls）、LibreOffice（.ods）、以任何常见编码（中文、日文、韩文、西文）保存的 CSV / TSV / TXT，或现成的 JSONL 批量文件。由您决定每一行如何变成一个请求，并在上传前检查所有内容。</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Open a spreadsheet or batch file</source>
        <translation>打开电子表格或批量文件</translation>
    </message>
    <message>
        <source>Try a sample: translate Chinese and Japanese sentences</source>
        <translation>试用示例：翻译中文和日文句子</translation>
    </message>
    <message>
        <source>Open the sample spreadsheet</source>
        <translation>打开示例表格</translation>
    </message>
    <message>
        <source>No file yet. Step 1: add your file. Step 2: check it. Step 3: submit.</source>
        <translation>还没有文件。第 1 步：添加文件。第 2 步：检查。第 3 步：提交。</translation>
    </message>
    <message>
        <source>File summary</source>
        <translation>文件摘要</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>费用预估</translation>
    </message>
    <message>
        <source>Split offer</source>
        <translation>拆分建议</translation>
    </message>
    <message>
        <source>Rehearsal result</source>
        <translation>试运行结果</translation>
    </message>
    <message>
        <source>Shown in the job list</source>
        <translation>显示在任务列表中</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>批量任务名称</translation>
    </message>
    <message>
        <source>Optional, up to 200 characters</source>
        <translation>可选，最多 200 个字符</translation>
    </message>
    <message>
        <source>Batch description</source>
        <translation>批量任务描述</translation>
    </message>
    <message>
        <source>Completion window</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>How long the service may take: 24h to 336h (14d). Requests not done by then are not run and not billed.</source>
        <translation>服务可以用多长时间：24h 到 336h（14d）。届时仍未完成的请求不会运行，也不计费。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Finish &amp;within:</source>
        <translation>完成时限(&amp;W)：</translation>
    </message>
    <message>
        <source>← Change the columns</source>
        <translation>← 更改列设置</translation>
    </message>
    <message>
        <source>Back to the column mapping</source>
        <translation>返回列映射</translation>
    </message>
    <message>
        <source>Creating the requests again replaces the edits made in this table.</source>
        <translation>重新生成请求会替换在此表格中所做的修改。</translation>
    </message>
    <message>
        <source>Save as JSONL…</source>
        <translation>另存为 JSONL…</translation>
    </message>
    <message>
        <source>Save the requests as a JSONL file</source>
        <translation>将请求保存为 JSONL 文件</translation>
    </message>
    <message>
        <source>UTF-8, one request per line (Ctrl+S)</source>
        <translation>UTF-8，每行一个请求（Ctrl+S）</translation>
    </message>
    <message>
        <source>Try on the test model (free)</source>
        <translation>用测试模型试运行（免费）</translation>
    </message>
    <message>
        <source>Try the first requests on the free test model</source>
        <translation>用免费测试模型试运行前几个请求</translation>
    </message>
    <message>
        <source>Sends up to the first 100 requests to batch-test-model in this region. It costs nothing and shows whether the file and the connection work, before the real run.</source>
        <translation>把前最多 100 个请求发送到本地域的 batch-test-model。不收费，可以在正式运行前确认文件和连接是否正常。</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>上传进度</translation>
    </message>
    <message>
        <source>Submit batch</source>
        <translation>提交批量任务</translation>
    </message>
    <message>
        <source>Upload the file and start the batch (Ctrl+Enter)</source>
        <translation>上传文件并启动批量任务（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Map columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>检查并提交</translation>
    </message>
    <message>
        <source>Please drop one file at a time; the first one is opened.</source>
        <translation>请一次只拖入一个文件；已打开第一个。</translation>
    </message>
    <message>
        <source>open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Spreadsheets and batch files ({patterns});;Batch files (*.jsonl);;All files (*)</source>
        <translation>电子表格和批量文件 ({patterns});;批量文件 (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>“{name}” is a folder. Drop a spreadsheet or a .jsonl file instead.</source>
        <translation>“{name}”是一个文件夹。请改为拖入电子表格或 .jsonl 文件。</translation>
    </message>
    <message>
        <source>The file {path} cannot be found. It may have been moved or deleted.</source>
        <translation>找不到文件 {path}。它可能已被移动或删除。</translation>
    </message>
    <message>
        <source>Reading &lt;b&gt;{name}&lt;/b&gt;…</source>
        <translation>正在读取 &lt;b&gt;{name}&lt;/b&gt;…</translation>
    </message>
    <message>
        <source>Opening &lt;b&gt;{name}&lt;/b&gt;…</source>
        <translation>正在打开 &lt;b&gt;{name}&lt;/b&gt;…</translation>
    </message>
    <message>
        <source>estimate the cost</source>
        <translation>预估费用</translation>
    </message>
    <message>
        <source>Estimating the cost…</source>
        <translation>正在预估费用…</translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation>等待您的确认…</translation>
    </message>
    <message>
        <source>Not submitted: nothing was sent.</source>
        <translation>未提交：没有发送任何内容。</translation>
    </message>
    <message>
        <source>Submitted “{name}” as {count} batches ({variants}), each billed. The results put their answers side by side once they are all downloaded.</source>
        <translation>已将“{name}”作为 {count} 个批处理提交（{variants}），每个都会计费。全部下载后，结果中会并排显示它们的回答。</translation>
    </message>
    <message>
        <source>The file {name} could not be read ({reason}). Check that it is not open in another program.</source>
        <translation>无法读取文件 {name}（{reason}）。请确认它没有在其他程序中打开。</translation>
    </message>
    <message>
        <source>Creating the requests…</source>
        <translation>正在生成请求…</translation>
    </message>
    <message>
        <source>The requests could not be created.</source>
        <translation>无法生成请求。</translation>
    </message>
    <message>
        <source>prompt B</source>
        <translation>提示词 B</translation>
    </message>
    <message>
        <source>Your unsaved edits were kept in {path}.</source>
        <translation>您未保存的修改已保存在 {path}。</translation>
    </message>
    <message>
        <source>File: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>文件：&lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Finish callback address</source>
        <translation>完成回调地址</translation>
    </message>
    <message>
        <source>Optional, advanced: a public https:// address the service calls when the job ends</source>
        <translation>可选，高级：任务结束时服务调用的公网 https:// 地址</translation>
    </message>
    <message>
        <source>Beijing only (metadata.ds_batch_finish_callback). The service sends a POST to this address when the job ends, so a server of yours learns about it without this app running.</source>
        <translation>仅限北京（metadata.ds_batch_finish_callback）。任务结束时，服务会向此地址发送 POST 请求，这样即使本应用未运行，您的服务器也能得知。</translation>
    </message>
    <message>
        <source>Finish ca&amp;llback:</source>
        <translation>完成回调(&amp;L):</translation>
    </message>
    <message>
        <source>New requests</source>
        <translation>新请求</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {rows} rows · checking…</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {rows} 行 · 正在检查…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {requests} requests · {size} · model {models} · endpoint {endpoint}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {requests} 个请求 · {size} · 模型 {models} · 接口 {endpoint}</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&lt;i&gt;edited, not saved&lt;/i&gt;</source>
        <translation>&lt;i&gt;已编辑，未保存&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1a5fb4&apos;&gt;ℹ Over the per-file limit — it can be sent as {parts} parts.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1a5fb4&apos;&gt;ℹ 超过单个文件的上限——可以拆成 {parts} 个部分发送。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;✕ {errors} error(s) must be fixed before submitting.&lt;/span&gt; Click a problem below to go to its line, then edit the cell.</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;✕ 有 {errors} 个错误需要在提交前修正。&lt;/span&gt;点击下方的问题可跳到对应行，然后编辑单元格。</translation>
    </message>
    <message>
        <source>There are also {warnings} warning(s).</source>
        <translation>另有 {warnings} 个警告。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a05a00&apos;&gt;⚠ {warnings} warning(s) — you can still submit.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a05a00&apos;&gt;⚠ {warnings} 个警告——仍然可以提交。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✓ No problems found. Ready to submit.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✓ 未发现问题。可以提交。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>This file has {requests} requests ({size}), more than one batch may hold. Submit can split it into {parts} parts of at most {largest} requests that each fit, and send them as one job group: the answers come back together in Jobs and results.</source>
        <translation>该文件有 {requests} 个请求（{size}），超过了一个批量任务的容量。提交时可以拆成 {parts} 个部分，每部分最多 {largest} 个请求，并作为一个任务组发送：结果会一起出现在“任务与结果”中。</translation>
    </message>
    <message>
        <source>Note: the test model runs at most {tasks} jobs at a time, so the other parts are refused until earlier ones finish. Use a smaller sample for the free test.</source>
        <translation>注意：测试模型同时最多运行 {tasks} 个任务，因此在前面的部分完成之前，其他部分会被拒绝。免费测试请使用更小的样例。</translation>
    </message>
    <message>
        <source>Submit again anyway</source>
        <translation>仍然再次提交</translation>
    </message>
    <message>
        <source>Submit as {parts} parts</source>
        <translation>拆成 {parts} 个部分提交</translation>
    </message>
    <message>
        <source>Submit {count} batches (one per model)</source>
        <translation>提交 {count} 个批处理（每个模型一个）</translation>
    </message>
    <message>
        <source>Submit {count} batches (one per prompt)</source>
        <translation>提交 {count} 个批处理（每个提示词一个）</translation>
    </message>
    <message>
        <source>Save the requests</source>
        <translation>保存请求</translation>
    </message>
    <message>
        <source>Batch files (*.jsonl)</source>
        <translation>批量文件 (*.jsonl)</translation>
    </message>
    <message>
        <source>save the requests</source>
        <translation>保存请求</translation>
    </message>
    <message>
        <source>Saved {count} requests to {path}.</source>
        <translation>已将 {count} 个请求保存到 {path}。</translation>
    </message>
    <message>
        <source>There is nothing to submit yet: add a file and create its requests first.</source>
        <translation>还没有可提交的内容：请先添加文件并生成请求。</translation>
    </message>
    <message>
        <source>The batch is already being submitted.</source>
        <translation>该批处理已在提交中。</translation>
    </message>
    <message>
        <source>submit the batch</source>
        <translation>提交批量任务</translation>
    </message>
    <message>
        <source>Add a file first.</source>
        <translation>请先添加文件。</translation>
    </message>
    <message>
        <source>The requests still have errors. Fix the problems listed, then submit.</source>
        <translation>请求中仍有错误。请修正列出的问题，然后再提交。</translation>
    </message>
    <message>
        <source>Not sent: a comparison sends one batch per model or prompt, and each has to fit in one file. These requests would have to be split into {parts} parts (over the service&apos;s per-file limits), and comparing split files is not supported yet. Use fewer rows, or build the requests again without the comparison.</source>
        <translation>未发送：对比会为每个模型或提示词各发送一个批量任务，每个都必须放在一个文件中。这些请求需要拆分为 {parts} 个部分（超过了服务对单个文件的限制），而对拆分后的文件进行对比目前尚不支持。请减少行数，或不使用对比重新生成请求。</translation>
    </message>
    <message>
        <source>Preparing the file…</source>
        <translation>正在准备文件…</translation>
    </message>
    <message>
        <source>Uploading batch {number} of {count}…</source>
        <translation>正在上传第 {number} 个批处理，共 {count} 个…</translation>
    </message>
    <message>
        <source>prompt A</source>
        <translation>提示词 A</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>正在上传…</translation>
    </message>
    <message>
        <source>Uploading part {part} of {parts}…</source>
        <translation>正在上传第 {part} 部分（共 {parts} 部分）…</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <source>Nothing was sent. To run it again anyway, press “Submit again anyway”.</source>
        <translation>未发送任何内容。如确实要再运行一次，请按“仍然再次提交”。</translation>
    </message>
    <message>
        <source>The submit could not be confirmed yet; the app keeps checking.</source>
        <translation>尚未确认提交是否成功；应用会继续检查。</translation>
    </message>
    <message>
        <source>Submitted “{name}” as {parts} parts (one job group). Each part runs as its own batch; this window checks on them and downloads the answers when they end.</source>
        <translation>已将“{name}”拆成 {parts} 个部分提交（一个任务组）。每个部分作为独立的批量任务运行；本窗口会跟踪它们，并在结束时下载结果。</translation>
    </message>
    <message>
        <source>Submitted “{name}” ({batch}). It now runs on the server; this window checks on it and downloads the answers when it ends. You can close the app and come back later.</source>
        <translation>已提交“{name}”（{batch}）。它正在服务器上运行；本窗口会跟踪它，并在结束时下载结果。您可以关闭应用，稍后再回来。</translation>
    </message>
    <message>
        <source>start the rehearsal</source>
        <translation>开始试运行</translation>
    </message>
    <message>
        <source>Rehearsal sent: {count} request(s) to the free test model in {region}. The answers are placeholders; what matters is whether the file and the connection work. The result shows here when it finishes (usually within minutes) — you can keep editing meanwhile.</source>
        <translation>试运行已发送：{count} 个请求发往 {region} 的免费测试模型。回答只是占位内容；重要的是文件和连接是否正常。完成后（通常几分钟内）结果会显示在这里——在此期间您可以继续编辑。</translation>
    </message>
    <message>
        <source>show the rehearsal result</source>
        <translation>显示试运行结果</translation>
    </message>
    <message>
        <source>Rehearsal passed: all {count} request(s) came back from the test model. The format, the key and the connection work — submit the real batch when you are ready.</source>
        <translation>试运行通过：全部 {count} 个请求都从测试模型返回了。格式、API Key 和连接都正常——准备好后即可提交正式批量任务。</translation>
    </message>
    <message>
        <source>Rehearsal did not pass ({status}): {succeeded} request(s) came back, {failed} failed. {details}</source>
        <translation>试运行未通过（{status}）：{succeeded} 个请求已返回，{failed} 个失败。{details}</translation>
    </message>
</context>
<context>
    <name>TablePreviewModel</name>
    <message>
        <source>Row {row} has {cells} cells; the table has {columns} columns.</source>
        <translation>第 {row} 行有 {cells} 个单元格；表格有 {columns} 列。</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Could not {action}: an unexpected error happened. Details are in the log (Help ▸ Log folder).</source>
        <translation>无法{action}：发生了意外错误。详细信息已写入日志（帮助 ▸ 日志文件夹）。</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} 天 {h} 小时</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} 字节</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} GB</translation>
    </message>
    <message>
        <source>{n} TB</source>
        <translation>{n} TB</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>Still running.</source>
        <translation>仍在运行。</translation>
    </message>
    <message>
        <source>Every request has an answer.</source>
        <translation>每个请求都有回答。</translation>
    </message>
    <message>
        <source>Every request was answered, but some failed; you can re-run the failed ones.</source>
        <translation>每个请求都有回答，但有些失败了；可以重新运行失败的请求。</translation>
    </message>
    <message>
        <source>The service says this job completed, but answers are missing for some requests. It is not done: re-run the missing ones.</source>
        <translation>服务显示该任务已完成，但部分请求缺少结果。它并未真正完成：请重新运行缺少的请求。</translation>
    </message>
    <message>
        <source>The job ended early (expired or cancelled). Answers already given are kept (and billed); the rest never ran — re-run them.</source>
        <translation>任务提前结束（过期或被取消）。已得到的结果会保留（并计费）；其余请求从未运行——请重新运行它们。</translation>
    </message>
    <message>
        <source>The job ended before any request was answered; nothing was billed.</source>
        <translation>任务在任何请求得到回答之前就结束了；未产生费用。</translation>
    </message>
    <message>
        <source>The job failed as a whole (see its errors); nothing was run or billed.</source>
        <translation>任务整体失败（请查看其错误）；没有运行任何请求，也未计费。</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Welcome to {app}</source>
        <translation>欢迎使用 {app}</translation>
    </message>
    <message>
        <source>&amp;Got it — hide this</source>
        <translation>知道了，隐藏(&amp;G)</translation>
    </message>
    <message>
        <source>Hide the welcome panel</source>
        <translation>隐藏欢迎面板</translation>
    </message>
    <message>
        <source>Help ▸ Welcome shows it again.</source>
        <translation>可通过“帮助 ▸ 欢迎”再次打开。</translation>
    </message>
    <message>
        <source>Send thousands of prompts to Alibaba Cloud Model Studio as one batch job — at half the price of one-by-one calls, without writing code. Three steps:</source>
        <translation>把成千上万条提示词作为一个批量任务发送给阿里云百炼——价格只有逐条调用的一半，无需编写代码。只需三步：</translation>
    </message>
    <message>
        <source>① Add your file</source>
        <translation>① 添加文件</translation>
    </message>
    <message>
        <source>Drop a spreadsheet (Excel, CSV) or a JSONL batch file on the window, or press Open file (Ctrl+O).</source>
        <translation>把电子表格（Excel、CSV）或 JSONL 批量文件拖到窗口上，或点击“打开文件”（Ctrl+O）。</translation>
    </message>
    <message>
        <source>② Check</source>
        <translation>② 检查</translation>
    </message>
    <message>
        <source>Every documented limit is checked before anything is uploaded. Problems are listed with their line and what to do.</source>
        <translation>上传前会检查所有文档规定的限制。问题会连同行号和处理方法一起列出。</translation>
    </message>
    <message>
        <source>③ Submit</source>
        <translation>③ 提交</translation>
    </message>
    <message>
        <source>Press Submit (Ctrl+Enter). The job appears under Jobs and results; when it ends, export the answers for Excel (Ctrl+E).</source>
        <translation>点击“提交批量任务”（Ctrl+Enter）。任务会出现在“任务与结果”中；结束后即可把结果导出给 Excel（Ctrl+E）。</translation>
    </message>
    <message>
        <source>Where to get an API key</source>
        <translation>从哪里获取 API Key</translation>
    </message>
    <message>
        <source>&amp;Try the sample in the sandbox</source>
        <translation>在沙箱中试用示例(&amp;T)</translation>
    </message>
    <message>
        <source>Try the sample in the sandbox</source>
        <translation>在沙箱中试用示例</translation>
    </message>
    <message>
        <source>Opens a two-line batch file for the free test model and switches to the Sandbox region.</source>
        <translation>打开一个面向免费测试模型的两行批量文件，并切换到“沙箱”地域。</translation>
    </message>
    <message>
        <source>Enter API &amp;keys…</source>
        <translation>输入 API Key(&amp;K)…</translation>
    </message>
    <message>
        <source>Open the API key settings</source>
        <translation>打开 API Key 设置</translation>
    </message>
    <message>
        <source>The sandbox answers on this computer: nothing is sent to Alibaba Cloud and nothing is billed.</source>
        <translation>沙箱在本机上作答：不会向阿里云发送任何内容，也不会产生费用。</translation>
    </message>
    <message>
        <source>For real answers you need an API key. Each region has its own key — a Singapore key does not work in Beijing:</source>
        <translation>要获得真实回答，您需要一个 API Key。每个地域都有自己的 Key——新加坡的 Key 在北京无法使用：</translation>
    </message>
    <message>
        <source>get a key in the Model Studio console</source>
        <translation>在 Model Studio 控制台获取 API Key</translation>
    </message>
    <message>
        <source>get a key in the Model Studio console (Beijing)</source>
        <translation>在阿里云百炼控制台获取 API Key</translation>
    </message>
</context>
</TS>
