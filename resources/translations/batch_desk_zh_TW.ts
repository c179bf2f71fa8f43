<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>關於 {app}</translation>
    </message>
    <message>
        <source>Batch jobs for Alibaba Cloud Model Studio: spreadsheet in, Excel-ready answers out.</source>
        <translation>阿里雲 Model Studio 批次工作：試算表進，Excel 可直接開啟的結果出。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>Folders the app uses</source>
        <translation>應用程式使用的資料夾</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Jobs and answers</source>
        <translation>工作與結果</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>快取</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>記錄檔</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Keychain: {where}.</source>
        <translation>鑰匙圈：{where}。</translation>
    </message>
    <message>
        <source>Keychain: none available — keys are kept for this session only.</source>
        <translation>鑰匙圈：無法使用 — 金鑰僅在本次執行期間保留。</translation>
    </message>
    <message>
        <source>{folder} folder</source>
        <translation>{folder}資料夾</translation>
    </message>
    <message>
        <source>Open the {folder} folder</source>
        <translation>開啟「{folder}」資料夾</translation>
    </message>
    <message>
        <source>Keychain: looking…</source>
        <translation>鑰匙圈：正在尋找…</translation>
    </message>
    <message>
        <source>Keychain in use</source>
        <translation>使用中的鑰匙圈</translation>
    </message>
    <message>
        <source>Licence: &lt;a href=&apos;{url}&apos;&gt;{licence}&lt;/a&gt;. Made for people who are not programmers.</source>
        <translation>授權條款：&lt;a href=&apos;{url}&apos;&gt;{licence}&lt;/a&gt;。為不會寫程式的人而做。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>授權條款</translation>
    </message>
</context>
<context>
    <name>ConfirmSubmitDialog</name>
    <message>
        <source>Confirm the billed submit</source>
        <translation>確認付費提交</translation>
    </message>
    <message>
        <source>&lt;b&gt;{region}&lt;/b&gt; · model &lt;b&gt;{model}&lt;/b&gt; · {requests} request(s)</source>
        <translation>&lt;b&gt;{region}&lt;/b&gt; · 模型 &lt;b&gt;{model}&lt;/b&gt; · {requests} 個請求</translation>
    </message>
    <message>
        <source>This will be billed to the key of {region}.</source>
        <translation>費用將計入 {region} 的 API Key。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{region}&lt;/b&gt; · {count} batches, each billed · {requests} requests in all</source>
        <translation>&lt;b&gt;{region}&lt;/b&gt; · {count} 個批次，每個都會計費 · 共 {requests} 個請求</translation>
    </message>
    <message>
        <source>&lt;b&gt;All {count} batches together:&lt;/b&gt;</source>
        <translation>&lt;b&gt;全部 {count} 個批次合計：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Submit and pay</source>
        <translation>提交並付費</translation>
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
        <translation>將批次檔案（.jsonl）拖放到這裡</translation>
    </message>
    <message>
        <source>One JSON request per line, as the Batch API expects. Nothing is uploaded until you press Submit.</source>
        <translation>每行一個 JSON 請求，符合 Batch API 的要求。在您按下「送出」之前，不會上傳任何內容。</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>開啟檔案…</translation>
    </message>
    <message>
        <source>Open a batch file</source>
        <translation>開啟批次檔案</translation>
    </message>
    <message>
        <source>{name} is open — drop another file to replace it</source>
        <translation>已開啟 {name}，拖入其他檔案即可取代</translation>
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
        <translation>需要修正的地方</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>整個檔案</translation>
    </message>
    <message>
        <source>Line {line} · sheet row {row}</source>
        <translation>第 {line} 行 · 試算表第 {row} 列</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>Error — must be fixed before submitting</source>
        <translation>錯誤——送出前必須修正</translation>
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

（代碼：{code}）</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The second prompt cannot be used: {reason}</source>
        <translation>第二個提示詞無法使用：{reason}</translation>
    </message>
    <message>
        <source>The requests for &quot;{model}&quot; did not pass the check, so nothing was sent. Check the model name.</source>
        <translation>「{model}」的請求未通過檢查，因此沒有送出任何內容。請檢查模型名稱。</translation>
    </message>
    <message>
        <source>The answers of this comparison have not been downloaded yet. They are fetched automatically when each job finishes.</source>
        <translation>此比較的回答尚未下載。每個工作完成後會自動取得。</translation>
    </message>
    <message>
        <source>Not submitted: this job may cost up to {cost} ({requests} requests, {input_tokens} input tokens, up to {output_tokens} output tokens), above your spending cap of {cap} per job. Lower max_tokens, split the file, or raise the cap in Settings.</source>
        <translation>未提交：此任務最多可能花費 {cost}（{requests} 個請求，{input_tokens} 個輸入 token，最多 {output_tokens} 個輸出 token），超過了您設定的每個任務 {cap} 的支出上限。請降低 max_tokens、拆分檔案，或在設定中提高上限。</translation>
    </message>
    <message>
        <source>Not submitted: your spending cap is {cap} per job, and the upper end of this job&apos;s cost cannot be estimated ({reasons}). Bound it (for example set max_tokens), or raise or clear the cap in Settings.</source>
        <translation>未提交：您的支出上限為每個任務 {cap}，而此任務費用的上限無法估算（{reasons}）。請為其設定上限（例如設定 max_tokens），或在設定中提高或清除支出上限。</translation>
    </message>
    <message>
        <source>Not submitted: nothing was sent.</source>
        <translation>未提交：沒有傳送任何內容。</translation>
    </message>
    <message>
        <source>The key was refused by {region}. Each region has its own key — a Singapore key does not work in Beijing; check you chose the right region, then paste the key for that region again (API keys settings).</source>
        <translation>{region} 拒絕了這個 API Key。每個地域都有自己的 API Key——新加坡的 Key 在北京無法使用；請確認選對了地域，然後重新貼上該地域的 API Key（API Key 設定）。</translation>
    </message>
    <message>
        <source>{region} accepted the key but does not allow this action for its account. The server said: {said}. Check that Model Studio (and batch inference) is enabled for the account and that the key&apos;s workspace has access, or ask the account owner.</source>
        <translation>{region} 接受了這個 API Key，但其帳號不允許執行此操作。伺服器回應：{said}。請確認該帳號已啟用 Model Studio（及批次推論），且 API Key 所屬的工作空間有權限，或聯絡帳號擁有者。</translation>
    </message>
    <message>
        <source>{region} accepted the key but does not allow this action for its account. Check that Model Studio (and batch inference) is enabled for the account and that the key&apos;s workspace has access, or ask the account owner.</source>
        <translation>{region} 接受了這個 API Key，但其帳號不允許執行此操作。請確認該帳號已啟用 Model Studio（及批次推論），且 API Key 所屬的工作空間有權限，或聯絡帳號擁有者。</translation>
    </message>
    <message>
        <source>{what} was not found on {region}. Batches can only be looked up for {days} days after they were created; it may also belong to another region or have been deleted.</source>
        <translation>在 {region} 上找不到{what}。批次只能在建立後 {days} 天內查詢；它也可能屬於其他地域，或已被刪除。</translation>
    </message>
    <message>
        <source>{region} rejected the request: {said}. Fix the problem it names, then try again.</source>
        <translation>{region} 拒絕了該請求：{said}。請修正其中指出的問題，然後再試一次。</translation>
    </message>
    <message>
        <source>{region} is busy or the account sent too many requests (rate limit). The server said: {said}. Wait a minute and try again.</source>
        <translation>{region} 忙碌中，或該帳號送出的請求過多（速率限制）。伺服器回應：{said}。請稍候一分鐘再試。</translation>
    </message>
    <message>
        <source>{region} is busy or the account sent too many requests (rate limit). Wait a minute and try again.</source>
        <translation>{region} 忙碌中，或該帳號送出的請求過多（速率限制）。請稍候一分鐘再試。</translation>
    </message>
    <message>
        <source>{region} had an internal problem (HTTP {status}). This is usually temporary: try again in a few minutes.</source>
        <translation>{region} 發生內部問題（HTTP {status}）。這通常是暫時的：請幾分鐘後再試。</translation>
    </message>
    <message>
        <source>{region} had an internal problem. This is usually temporary: try again in a few minutes.</source>
        <translation>{region} 發生內部問題。這通常是暫時的：請幾分鐘後再試。</translation>
    </message>
    <message>
        <source>Could not reach {region}: {reason}. Check the internet connection (and any proxy or VPN), then try again.</source>
        <translation>無法連線到 {region}：{reason}。請檢查網路連線（以及 Proxy 或 VPN），然後再試一次。</translation>
    </message>
    <message>
        <source>The server for {region} answered in an unexpected way: {what}. Check that the base URL points at an OpenAI-compatible Batch API (it usually ends in /v1).</source>
        <translation>{region} 的伺服器回傳了未預期的回應：{what}。請檢查 Base URL 是否指向相容 OpenAI 的 Batch API（通常以 /v1 結尾）。</translation>
    </message>
    <message>
        <source>We cannot tell yet whether {region} made this batch: {reason}. Don&apos;t submit the file again — it could run and be billed twice; the app checks every minute and shows the batch as soon as the service lists it.</source>
        <translation>目前還無法確定{region}是否已建立此批次任務：{reason}。請不要再次提交該檔案——否則可能執行兩次並被計費兩次；應用程式每分鐘檢查一次，服務一列出該任務就會顯示。</translation>
    </message>
    <message>
        <source>Something went wrong while talking to {region}: {kind}. Try again; if it keeps happening, send the log file to support.</source>
        <translation>與 {region} 通訊時發生錯誤：{kind}。請再試一次；如果問題持續出現，請把記錄檔傳給技術支援。</translation>
    </message>
    <message>
        <source>The tokens were not counted: the token counter stopped before it finished, so the cost is unknown. Try again; if it happens again, restart Batch Desk.</source>
        <translation>未能計算 token：token 計數程序在完成前停止了，因此費用未知。請重試；如果再次發生，請重新啟動 Batch Desk。</translation>
    </message>
    <message>
        <source>Not exported: an Excel sheet holds at most {limit} rows, and these answers need {rows} (with the header row). Nothing was written. Export them as CSV instead: it has no row limit.</source>
        <translation>未匯出：一個 Excel 工作表最多只能容納 {limit} 列，而這些答案需要 {rows} 列（含標題列）。沒有寫入任何內容。請改為匯出 CSV：CSV 沒有列數限制。</translation>
    </message>
    <message>
        <source>{waiting} of the {parts} parts have no downloaded answers yet; they are fetched when each part finishes.</source>
        <translation>{parts} 個部分中有 {waiting} 個的結果尚未下載；每個部分完成時會自動取得。</translation>
    </message>
    <message>
        <source>{sentences}</source>
        <translation>{sentences}</translation>
    </message>
    <message>
        <source>That is the spreadsheet the requests were made from; the app never overwrites it. Choose another name.</source>
        <translation>這是產生請求所用的試算表，應用程式絕不會覆寫它。請換一個檔名。</translation>
    </message>
    <message>
        <source>The file to upload did not pass the check. Check the problems and try again.</source>
        <translation>要上傳的檔案沒有通過檢查。請查看問題後再試一次。</translation>
    </message>
    <message>
        <source>The requests kept changing while they were being checked. Try again.</source>
        <translation>檢查期間請求一直在變動。請再試一次。</translation>
    </message>
    <message>
        <source>This file is {kind}, not a table. Open a CSV, TSV or TXT text file or an Excel workbook (.xlsx).</source>
        <translation>此檔案是{kind}，不是表格。請開啟 CSV、TSV 或 TXT 文字檔，或 Excel 活頁簿（.xlsx）。</translation>
    </message>
    <message>
        <source>This file does not look like text in any encoding the app knows. Open a CSV, TSV or TXT text file or an Excel workbook (.xlsx).</source>
        <translation>此檔案看起來不是本應用程式支援的任何編碼的文字。請開啟 CSV、TSV 或 TXT 文字檔，或 Excel 活頁簿（.xlsx）。</translation>
    </message>
    <message>
        <source>{name} is a zip archive, not a table this app reads. Open a CSV, TSV or TXT text file or an Excel or LibreOffice workbook.</source>
        <translation>{name} 是 zip 壓縮檔，不是本應用程式能讀取的表格。請開啟 CSV、TSV 或 TXT 文字檔，或 Excel、LibreOffice 活頁簿。</translation>
    </message>
    <message>
        <source>{name} cannot be read as an Excel workbook (it may be damaged or password-protected). Open it in Excel and save it again as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</source>
        <translation>無法將 {name} 當作 Excel 活頁簿讀取（可能已損壞或設有密碼）。請在 Excel 中開啟，並重新另存為「Excel 活頁簿 (.xlsx)」或「CSV UTF-8」。</translation>
    </message>
    <message>
        <source>{name} cannot be read as an {kind} (it may be damaged or password-protected). Open it in Excel or LibreOffice and save it again as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</source>
        <translation>無法將 {name} 當作{kind}讀取（可能已損壞或設有密碼）。請在 Excel 或 LibreOffice 中開啟，並重新另存為「Excel 活頁簿 (.xlsx)」或「CSV UTF-8」。</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes). Choose the file that holds your data.</source>
        <translation>{name} 是空檔案（0 位元組）。請選擇包含資料的檔案。</translation>
    </message>
    <message>
        <source>{name} holds no text (only empty lines or spaces). Choose the file with your data.</source>
        <translation>{name} 中沒有文字（只有空白行或空格）。請選擇包含資料的檔案。</translation>
    </message>
    <message>
        <source>{name} holds no cells. Choose the file with your data.</source>
        <translation>{name} 中沒有儲存格。請選擇包含資料的檔案。</translation>
    </message>
    <message>
        <source>The workbook {name} has no sheets.</source>
        <translation>活頁簿 {name} 中沒有工作表。</translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; of {name} is empty. Choose the sheet with your data.</source>
        <translation>{name} 的工作表「{sheet}」是空的。請選擇包含資料的工作表。</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the table has {columns} columns. Check that row for a missing or extra separator, or a quote that is not closed.</source>
        <translation>第 {row} 列有 {cells} 個儲存格，但表格有 {columns} 欄。請檢查該列是否少了或多了分隔符號，或有未閉合的引號。</translation>
    </message>
    <message>
        <source>Line {line} of the file has bytes that are not valid {encoding}. Choose another encoding (the preview shows which one makes the text readable), or save the file again as UTF-8.</source>
        <translation>檔案第 {line} 行包含不符合 {encoding} 的位元組。請選擇其他編碼（預覽會顯示哪種編碼能正確顯示文字），或將檔案重新儲存為 UTF-8。</translation>
    </message>
    <message>
        <source>Near row {row}, the file has bytes that are not valid {encoding}. Choose another encoding (the preview shows which one makes the text readable), or save the file again as UTF-8.</source>
        <translation>在第 {row} 列附近，檔案包含不符合 {encoding} 的位元組。請選擇其他編碼（預覽會顯示哪種編碼能正確顯示文字），或將檔案重新儲存為 UTF-8。</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not an encoding this app knows. Choose one from the list.</source>
        <translation>「{encoding}」不是本應用程式認得的編碼。請從清單中選擇一個。</translation>
    </message>
    <message>
        <source>Row {row} cannot be split into cells: {detail}. Usually a quote (&quot;) in a cell is not closed; fix that row in Excel or a text editor and try again.</source>
        <translation>第 {row} 列無法拆分為儲存格：{detail}。通常是某個儲存格中的引號（&quot;）沒有閉合；請在 Excel 或文字編輯器中修正該列後再試。</translation>
    </message>
    <message>
        <source>The file {path} was not found. It may have been moved, renamed or deleted.</source>
        <translation>找不到檔案 {path}。它可能已被移動、重新命名或刪除。</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened: {reason}.</source>
        <translation>無法開啟檔案 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file. Choose a file inside it.</source>
        <translation>{path} 是資料夾，不是檔案。請選擇其中的一個檔案。</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened: permission denied, or another program (often Excel) has it locked. Close it there, or copy the file, and try again.</source>
        <translation>無法開啟檔案 {name}：權限不足，或被其他程式（通常是 Excel）鎖定。請在那邊關閉它，或複製一份檔案，然後再試一次。</translation>
    </message>
    <message>
        <source>The workbook {name} cannot be opened: permission denied, or another program has it locked. Close it there, or copy the file, and try again.</source>
        <translation>無法開啟活頁簿 {name}：權限不足，或被其他程式鎖定。請在那邊關閉它，或複製一份檔案，然後再試一次。</translation>
    </message>
    <message>
        <source>This workbook was closed. Open the file again.</source>
        <translation>此活頁簿已關閉。請重新開啟檔案。</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, a pipe or a socket), so it cannot be read as a table. Choose a saved CSV, TSV, TXT or Excel file.</source>
        <translation>{path} 不是一般檔案（而是裝置、管道或通訊端），無法當作表格讀取。請選擇已儲存的 CSV、TSV、TXT 或 Excel 檔案。</translation>
    </message>
    <message>
        <source>{name} is not read: one part of it would grow from {stored_mb} MB to {size_mb} MB when opened, far more than any real spreadsheet. It may be damaged or built to overload the computer. Open it in Excel and save it again, or save it as CSV UTF-8 and open that file.</source>
        <translation>未讀取 {name}：其中一部分開啟後會從 {stored_mb} MB 膨脹到 {size_mb} MB，遠超過任何真實的試算表。該檔案可能已損壞，或是為了讓電腦超載而刻意製作的。請在 Excel 中開啟並重新儲存，或另存為 CSV UTF-8 後開啟那個檔案。</translation>
    </message>
    <message>
        <source>{name} would take {size_mb} MB once opened; the app reads workbooks up to {max_mb} MB opened. In Excel use &quot;Save As&quot; → &quot;CSV UTF-8&quot; and open that file instead: CSV files of any size are read piece by piece.</source>
        <translation>{name} 開啟後將佔用 {size_mb} MB；本應用程式讀取的活頁簿開啟後最多 {max_mb} MB。請在 Excel 中使用「另存新檔」→「CSV UTF-8」，然後改為開啟那個檔案：任何大小的 CSV 檔案都會分段讀取。</translation>
    </message>
    <message>
        <source>Row {row}, column {column} of the sheet &quot;{sheet}&quot; holds more than {max_mb} MB of text; one request can be at most that long, so the file was not read further. Shorten that cell.</source>
        <translation>工作表「{sheet}」第 {row} 列第 {column} 欄的文字超過 {max_mb} MB；一個請求最多只能這麼長，因此未繼續讀取該檔案。請縮短該儲存格。</translation>
    </message>
    <message>
        <source>This workbook is {size_mb} MB; the app reads workbooks up to {max_mb} MB. In Excel use &quot;Save As&quot; → &quot;CSV UTF-8&quot; and open that file instead: CSV files of any size are read piece by piece.</source>
        <translation>此活頁簿大小為 {size_mb} MB；本應用程式最多讀取 {max_mb} MB 的活頁簿。請在 Excel 中使用「另存新檔」→「CSV UTF-8」，然後開啟那個檔案：任何大小的 CSV 檔都會分段讀取。</translation>
    </message>
    <message>
        <source>This workbook is {size_mb} MB; the app reads workbooks up to {max_mb} MB. Save the sheet as &quot;CSV UTF-8&quot; and open that file instead: CSV files of any size are read piece by piece.</source>
        <translation>此活頁簿大小為 {size_mb} MB；本應用程式最多讀取 {max_mb} MB 的活頁簿。請將工作表另存為「CSV UTF-8」，然後開啟那個檔案：任何大小的 CSV 檔都會分段讀取。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;{sheet}&quot;. Its sheets are: {sheets}.</source>
        <translation>活頁簿中沒有名為「{sheet}」的工作表。現有的工作表：{sheets}。</translation>
    </message>
    <message>
        <source>The list limit (100 calls a minute) is reached; try again in a minute.</source>
        <translation>已達到清單查詢上限（每分鐘 100 次）；請一分鐘後再試。</translation>
    </message>
    <message>
        <source>The export stopped: one of its helper processes ended unexpectedly (exit code {code}), perhaps for lack of memory. Nothing was written. Close other programs, then export again.</source>
        <translation>匯出已停止：它的一個輔助程序意外結束（結束代碼 {code}），可能是記憶體不足。沒有寫入任何內容。請關閉其他程式，然後重新匯出。</translation>
    </message>
    <message>
        <source>The job list was written by a newer version of Batch Desk. Update the app to open it.</source>
        <translation>工作清單是由較新版本的 Batch Desk 寫入的。請更新應用程式後再開啟。</translation>
    </message>
    <message>
        <source>The job list file is in use by another program and could not be opened: {path}. Nothing was changed. Close any other Batch Desk window (or the program using that file) and try again.</source>
        <translation>工作清單檔案正被其他程式使用，無法開啟：{path}。沒有做任何變更。請關閉其他 Batch Desk 視窗（或正在使用該檔案的程式）後再試一次。</translation>
    </message>
    <message>
        <source>The job list file is damaged and cannot be opened: {path}. Nothing was changed or deleted. A copy of it was saved as {copy}. Close the app, rename or move that file, and start again to begin a new job list; batches already submitted stay on the server (for 30 days) and can be imported again from there.</source>
        <translation>工作清單檔案已損毀，無法開啟：{path}。沒有變更或刪除任何內容。已將它的副本儲存為 {copy}。請關閉應用程式，重新命名或移走該檔案，然後重新啟動以開始新的工作清單；已送出的批次會保留在伺服器上（30 天），可以從那裡重新匯入。</translation>
    </message>
    <message>
        <source>The job list file is damaged and cannot be opened: {path}. Nothing was changed or deleted. Close the app, rename or move that file, and start again to begin a new job list; batches already submitted stay on the server (for 30 days) and can be imported again from there.</source>
        <translation>工作清單檔案已損毀，無法開啟：{path}。沒有變更或刪除任何內容。請關閉應用程式，重新命名或移走該檔案，然後重新啟動以開始新的工作清單；已送出的批次會保留在伺服器上（30 天），可以從那裡重新匯入。</translation>
    </message>
    <message>
        <source>This exact file was already submitted to this region as “{name}” ({batch_ref}, {status}, {when}). Submitting it again would run — and bill — every request a second time; its answers are in the Jobs tab.</source>
        <translation>這個檔案已經以「{name}」（{batch_ref}，{status}，{when}）送出到此區域。再次送出會把每個請求再執行一次——並再計費一次；它的結果在「工作與結果」分頁中。</translation>
    </message>
    <message>
        <source>This exact file was already submitted to this region as “{name}” ({batch_ref}, {status}). Submitting it again would run — and bill — every request a second time; its answers are in the Jobs tab.</source>
        <translation>這個檔案已經以「{name}」（{batch_ref}，{status}）送出到此區域。再次送出會把每個請求再執行一次——並再計費一次；它的結果在「工作與結果」分頁中。</translation>
    </message>
    <message>
        <source>This exact file was just submitted to this region as “{job_name}” ({when}), and we cannot tell yet whether the service made that batch. Don&apos;t submit it again — it could run and be billed twice; the app checks every minute and the Jobs tab shows the batch as soon as the service lists it.</source>
        <translation>這個檔案剛剛以「{job_name}」（{when}）送出到此區域，目前還無法確定服務是否已建立該批次。請不要再次送出——它可能會執行兩次並計費兩次；應用程式每分鐘檢查一次，服務列出該批次後，「工作與結果」分頁會立即顯示它。</translation>
    </message>
    <message>
        <source>This exact file was just submitted to this region as “{job_name}”, and we cannot tell yet whether the service made that batch. Don&apos;t submit it again — it could run and be billed twice; the app checks every minute and the Jobs tab shows the batch as soon as the service lists it.</source>
        <translation>這個檔案剛剛以「{job_name}」送出到此區域，目前還無法確定服務是否已建立該批次。請不要再次送出——它可能會執行兩次並計費兩次；應用程式每分鐘檢查一次，服務列出該批次後，「工作與結果」分頁會立即顯示它。</translation>
    </message>
    <message>
        <source>This batch ended ({status}) without result files, so there is nothing to download.</source>
        <translation>此批次已結束（{status}），沒有結果檔案，因此沒有可下載的內容。</translation>
    </message>
    <message>
        <source>This batch is not finished yet (status: {status}). Results can be downloaded once it has completed.</source>
        <translation>此批次尚未完成（狀態：{status}）。完成後才能下載結果。</translation>
    </message>
    <message>
        <source>The answers of this job have not been downloaded yet. They are fetched automatically when it finishes.</source>
        <translation>此工作的結果尚未下載。工作完成時會自動取得。</translation>
    </message>
    <message>
        <source>Every request of this job already has a successful answer: there is nothing to re-run.</source>
        <translation>此工作的每個請求都已有成功的結果：沒有需要重新執行的內容。</translation>
    </message>
    <message>
        <source>The answers of this job are not downloaded yet, so its files stay on the server.</source>
        <translation>此工作的結果尚未下載，因此其檔案會保留在伺服器上。</translation>
    </message>
    <message>
        <source>This job was not submitted from this computer (or its input file moved), so its requests are not here to put the answers next to. {reason}</source>
        <translation>此工作不是從這台電腦送出的（或其輸入檔案已被移動），因此這裡沒有它的請求，無法把結果放在請求旁邊。{reason}</translation>
    </message>
    <message>
        <source>No job belongs to this group.</source>
        <translation>沒有工作屬於這個群組。</translation>
    </message>
    <message>
        <source>This job was never created on the server, so there is nothing to download.</source>
        <translation>此工作從未在伺服器上建立，因此沒有可下載的內容。</translation>
    </message>
    <message>
        <source>This job was never created on the server, so there is nothing to re-run.</source>
        <translation>此工作從未在伺服器上建立，因此沒有可重新執行的內容。</translation>
    </message>
    <message>
        <source>This job was never created on the server, so it has no files there.</source>
        <translation>此工作從未在伺服器上建立，因此伺服器上沒有它的檔案。</translation>
    </message>
    <message>
        <source>This job already ended ({status}); there is nothing to cancel.</source>
        <translation>此工作已經結束（{status}），沒有可取消的內容。</translation>
    </message>
    <message>
        <source>This job is already being cancelled.</source>
        <translation>此工作正在取消中。</translation>
    </message>
    <message>
        <source>This job is still running; its files stay on the server until it ends.</source>
        <translation>此工作仍在執行；其檔案會保留在伺服器上，直到工作結束。</translation>
    </message>
    <message>
        <source>The answers of this job are already downloaded.</source>
        <translation>此工作的結果已經下載。</translation>
    </message>
    <message>
        <source>This job was not submitted from this computer, so its requests are not here.</source>
        <translation>此工作不是從這台電腦送出的，因此這裡沒有它的請求。</translation>
    </message>
    <message>
        <source>The files of this job were already deleted from the server.</source>
        <translation>此工作的檔案已從伺服器刪除。</translation>
    </message>
    <message>
        <source>We cannot tell yet whether the service made this batch; the app checks every minute. It can be submitted again only once it shows as not created.</source>
        <translation>目前還無法確定服務是否已建立此批次任務；應用程式每分鐘檢查一次。只有在它顯示為「未建立」後才能重新提交。</translation>
    </message>
    <message>
        <source>This job is being submitted right now.</source>
        <translation>此任務正在提交中。</translation>
    </message>
    <message>
        <source>This job was created on the server; submitting its file again would bill it a second time.</source>
        <translation>此任務已在伺服器上建立；再次提交其檔案會被第二次計費。</translation>
    </message>
    <message>
        <source>The requests file of this job changed or is gone since it was submitted ({path}). Open it in the first tab, check it, and submit it from there.</source>
        <translation>此任務的請求檔案自提交後已變更或已不存在（{path}）。請在第一個分頁中開啟它，檢查後從那裡提交。</translation>
    </message>
    <message>
        <source>This job was already submitted again; see the newest job in the list.</source>
        <translation>此任務已重新提交；請查看清單中最新的任務。</translation>
    </message>
    <message>
        <source>A re-run of this job has not finished (or its answers are not downloaded yet). Wait for it: re-running now could send the same requests twice.</source>
        <translation>此工作的重新執行尚未完成（或其結果尚未下載）。請稍候：現在重新執行可能會把相同的請求送出兩次。</translation>
    </message>
    <message>
        <source>The requests of this job are not on this computer, so they cannot be sent again. {reason}</source>
        <translation>此工作的請求不在這台電腦上，因此無法再次送出。{reason}</translation>
    </message>
    <message>
        <source>The sandbox is not running. Restart the app to start it again.</source>
        <translation>沙盒未在執行。請重新啟動應用程式以再次啟動它。</translation>
    </message>
    <message>
        <source>This file still has problems marked as errors. Fix them, then submit again.</source>
        <translation>此檔案仍有標示為錯誤的問題。請修正後再送出。</translation>
    </message>
    <message>
        <source>This job was never created on the server, so there is nothing to cancel.</source>
        <translation>此工作從未在伺服器上建立，因此無需取消。</translation>
    </message>
    <message>
        <source>The answers of this job have not been downloaded yet. Wait for it to finish.</source>
        <translation>此工作的結果尚未下載。請等待它完成。</translation>
    </message>
    <message>
        <source>This file fits in one batch, or still has errors a split does not fix.</source>
        <translation>此檔案一個批次就能容納，或仍有拆分無法解決的錯誤。</translation>
    </message>
    <message>
        <source>There is no readable request to try: fix the lines marked as not valid JSON first.</source>
        <translation>沒有可試跑的有效請求：請先修正標示為無效 JSON 的行。</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and name a host.</source>
        <translation>Base URL 必須以 http:// 或 https:// 開頭，並包含主機名稱。</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so keys are kept only until the app closes; you will need to paste them again next time.</source>
        <translation>這台電腦沒有可用的系統鑰匙圈，因此 API Key 只會保存到應用程式關閉為止；下次需要重新貼上。</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (or log in again) so keys can be saved; until then they are kept only until the app closes.</source>
        <translation>系統鑰匙圈已鎖定。請解鎖（或重新登入）以便儲存 API Key；在此之前，Key 只會保存到應用程式關閉為止。</translation>
    </message>
    <message>
        <source>The system keychain reported a problem, so keys are kept only until the app closes. Restarting the computer or unlocking the keychain usually helps.</source>
        <translation>系統鑰匙圈回報了問題，因此 API Key 只會保存到應用程式關閉為止。重新啟動電腦或解鎖鑰匙圈通常可以解決。</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>已儲存到系統鑰匙圈。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte-order mark.</source>
        <translation>檔案以 UTF-8 位元組順序標記開頭。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-32 byte-order mark.</source>
        <translation>檔案以 UTF-32 位元組順序標記開頭。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-16 byte-order mark.</source>
        <translation>檔案以 UTF-16 位元組順序標記開頭。</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 text without a byte-order mark.</source>
        <translation>此檔案看起來是沒有位元組順序標記的 UTF-16 文字。</translation>
    </message>
    <message>
        <source>The text is plain ASCII, which reads the same in UTF-8.</source>
        <translation>文字是純 ASCII，以 UTF-8 讀取結果相同。</translation>
    </message>
    <message>
        <source>Every byte is valid UTF-8.</source>
        <translation>每個位元組都是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The text is not UTF-8; it reads best as {encoding} ({confidence} sure).</source>
        <translation>文字不是 UTF-8；以 {encoding} 讀取效果最好（把握度 {confidence}）。</translation>
    </message>
    <message>
        <source>The text is not UTF-8; {encoding} is the first encoding that reads it. Check the preview and choose another encoding if the text looks wrong.</source>
        <translation>文字不是 UTF-8；{encoding} 是第一個能讀取它的編碼。請查看預覽，如果文字顯示不正確，請選擇其他編碼。</translation>
    </message>
    <message>
        <source>Most lines are UTF-8; each other line is read in the encoding that fits it, and its row says so.</source>
        <translation>大多數列是 UTF-8；其餘各列按最合適的編碼讀取，並在該列上註明。</translation>
    </message>
    <message>
        <source>{count} extra answer(s) for requests this job never sent; they are not counted or shown.</source>
        <translation>有 {count} 個答案對應的請求並非本工作送出的；這些答案不計入統計，也不顯示。</translation>
    </message>
    <message>
        <source>{count} request(s) were answered more than once; the first answer of each is kept.</source>
        <translation>有 {count} 個請求收到了不只一個答案；每個請求只保留第一個答案。</translation>
    </message>
    <message>
        <source>Upload failed: {message}</source>
        <translation>上傳失敗：{message}</translation>
    </message>
    <message>
        <source>The service now uses this job&apos;s id for another job, so this job&apos;s state can no longer be refreshed. Answers already downloaded are kept.</source>
        <translation>服務現在把這個工作的 ID 用在另一個工作上，因此無法再重新整理此工作的狀態。已下載的答案會保留。</translation>
    </message>
    <message>
        <source>The text is not UTF-8; it reads as {encoding} (it could also be read as {alternative}, but its characters fit the first better). Check the preview and choose another encoding if the text looks wrong.</source>
        <translation>文字不是 UTF-8；以 {encoding} 可以讀取（也可以用 {alternative} 讀取，但其中的字元更符合前者）。請查看預覽，如果文字看起來不對，請選擇其他編碼。</translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>由您選擇。</translation>
    </message>
    <message>
        <source>Kept in memory for this session only; you will need to enter it again after a restart.</source>
        <translation>僅在本次工作階段中保存在記憶體裡；重新啟動後需要重新輸入。</translation>
    </message>
    <message>
        <source>The job &quot;{name}&quot; is no longer on the server (jobs are kept 30 days). Answers already downloaded stay here.</source>
        <translation>工作「{name}」已不在伺服器上（工作保留 30 天）。已下載的回答仍保存在本機。</translation>
    </message>
    <message>
        <source>Job &quot;{name}&quot;: {message}</source>
        <translation>工作「{name}」：{message}</translation>
    </message>
    <message>
        <source>There is no API key for {region} yet. Press API keys…, paste the key for this region and press Save — or switch to the Sandbox to try the app without one.</source>
        <translation>{region} 還沒有 API Key。請按「API Key…」，貼上該地域的金鑰並按「儲存」 — 或切換到沙盒，無需金鑰即可試用本應用程式。</translation>
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
        <translation>輸入 token：約 {tokens}（此模型使用其他分詞器）</translation>
    </message>
    <message>
        <source>Input tokens: {tokens} (exact)</source>
        <translation>輸入 token：{tokens}（精確）</translation>
    </message>
    <message>
        <source>{count} image/video parts not counted</source>
        <translation>{count} 個圖片/影片部分未計入</translation>
    </message>
    <message>
        <source>output tokens: {low} to {high}</source>
        <translation>輸出 token：{low} 至 {high}</translation>
    </message>
    <message>
        <source>thinking on: thinking tokens are billed as output</source>
        <translation>思考模式開啟：思考 token 按輸出計費</translation>
    </message>
    <message>
        <source>thinking off</source>
        <translation>思考模式關閉</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost: free&lt;/b&gt; (the test model is not billed)</source>
        <translation>&lt;b&gt;費用：免費&lt;/b&gt;（測試模型不計費）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost: none&lt;/b&gt; — the sandbox is simulated and bills nothing</source>
        <translation>&lt;b&gt;費用：無&lt;/b&gt; — 沙盒為模擬環境，不產生任何費用</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost at batch prices: unknown&lt;/b&gt;</source>
        <translation>&lt;b&gt;按批次價格的費用：未知&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost at batch prices: {low} to {high}&lt;/b&gt;</source>
        <translation>&lt;b&gt;按批次價格的費用：{low} 至 {high}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Prices as listed on {page} on {date}; batch = 50 % of real-time.</source>
        <translation>價格取自 {page}（{date}）；批次價格 = 即時價格的 50 %。</translation>
    </message>
    <message>
        <source>Unknown: {reason}.</source>
        <translation>未知：{reason}。</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免費</translation>
    </message>
    <message>
        <source>nothing is billed (simulated)</source>
        <translation>不計費（模擬）</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} 至 {high}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;: {requests} requests · {cost}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;：{requests} 個請求 · {cost}</translation>
    </message>
</context>
<context>
    <name>FilesDialog</name>
    <message>
        <source>Files on the server</source>
        <translation>伺服器上的檔案</translation>
    </message>
    <message>
        <source>Every batch uploads its input file, and the service stores the output and error files. An account may keep at most {files} files or {gb} GB; uploads fail beyond that. Files of finished jobs whose answers are downloaded here can go.</source>
        <translation>每個批次都會上傳輸入檔案，服務還會儲存輸出檔案和錯誤檔案。一個帳號最多保存 {files} 個檔案或 {gb} GB；超出後上傳會失敗。已在這裡下載結果的已結束工作的檔案可以刪除。</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Region whose files are listed</source>
        <translation>要列出檔案的地域</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新載入</translation>
    </message>
    <message>
        <source>Reload the file list</source>
        <translation>重新載入檔案清單</translation>
    </message>
    <message>
        <source>list the files</source>
        <translation>列出檔案</translation>
    </message>
    <message>
        <source>Counting the stored files…</source>
        <translation>正在統計已儲存的檔案…</translation>
    </message>
    <message>
        <source>Storage used</source>
        <translation>已用儲存空間</translation>
    </message>
    <message>
        <source>Share of the storage limit used</source>
        <translation>已使用的儲存上限比例</translation>
    </message>
    <message>
        <source>Stored files</source>
        <translation>已儲存的檔案</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>檔名</translation>
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
        <translation>上傳時間</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>載入更多</translation>
    </message>
    <message>
        <source>Load more files</source>
        <translation>載入更多檔案</translation>
    </message>
    <message>
        <source>list more files</source>
        <translation>列出更多檔案</translation>
    </message>
    <message>
        <source>Delete selected…</source>
        <translation>刪除所選…</translation>
    </message>
    <message>
        <source>Delete the selected files from the server</source>
        <translation>從伺服器刪除所選檔案</translation>
    </message>
    <message>
        <source>Delete a job&apos;s input and result files from the server once its answers are downloaded</source>
        <translation>工作結果下載後，從伺服器刪除其輸入檔案和結果檔案</translation>
    </message>
    <message>
        <source>Delete remote files after a successful download</source>
        <translation>下載成功後刪除遠端檔案</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Close the files window</source>
        <translation>關閉檔案視窗</translation>
    </message>
    <message>
        <source>save the setting</source>
        <translation>儲存設定</translation>
    </message>
    <message>
        <source>input of “{name}”</source>
        <translation>「{name}」的輸入</translation>
    </message>
    <message>
        <source>answers of “{name}”</source>
        <translation>「{name}」的結果</translation>
    </message>
    <message>
        <source>errors of “{name}”</source>
        <translation>「{name}」的錯誤</translation>
    </message>
    <message>
        <source>count the stored files</source>
        <translation>統計已儲存的檔案</translation>
    </message>
    <message>
        <source>{files} of {max_files} files and {size} of {max_gb} GB used ({share} of the limit).</source>
        <translation>已使用 {files}/{max_files} 個檔案、{size}/{max_gb} GB（上限的 {share}）。</translation>
    </message>
    <message>
        <source>(At least: the list was too long to count to the end.)</source>
        <translation>（至少如此：清單太長，未能統計到最後。）</translation>
    </message>
    <message>
        <source>Delete old files: new uploads fail once a limit is reached.</source>
        <translation>請刪除舊檔案：達到上限後，新的上傳會失敗。</translation>
    </message>
    <message>
        <source>Delete {count} selected…</source>
        <translation>刪除所選的 {count} 個…</translation>
    </message>
    <message>
        <source>Delete {count} file(s) from the server? This cannot be undone. Answers already downloaded stay on this computer, but a job whose files are gone cannot be downloaded again from the server.</source>
        <translation>要從伺服器刪除 {count} 個檔案嗎？此操作無法復原。已下載的結果會保留在這台電腦上，但檔案被刪除的工作將無法再從伺服器下載。</translation>
    </message>
    <message>
        <source>Used by: {jobs}</source>
        <translation>使用者：{jobs}</translation>
    </message>
    <message>
        <source>Delete files from the server?</source>
        <translation>要從伺服器刪除檔案嗎？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>delete the files</source>
        <translation>刪除檔案</translation>
    </message>
    <message>
        <source>{count} file(s) could not be deleted: {reason}</source>
        <translation>有 {count} 個檔案無法刪除：{reason}</translation>
    </message>
    <message>
        <source>Deleted {count} file(s) from the server.</source>
        <translation>已從伺服器刪除 {count} 個檔案。</translation>
    </message>
</context>
<context>
    <name>Fragments</name>
    <message>
        <source>a list</source>
        <translation>一個清單</translation>
    </message>
    <message>
        <source>a piece of text</source>
        <translation>一段文字</translation>
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
        <translation>一個數字</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一個物件</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>未設定</translation>
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
        <translation>Excel 活頁簿或 zip 壓縮檔</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls) or another Office file</source>
        <translation>舊版 Excel 活頁簿（.xls）或其他 Office 檔案</translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation>壓縮檔（gzip）</translation>
    </message>
    <message>
        <source>a compressed (7z) archive</source>
        <translation>壓縮檔（7z）</translation>
    </message>
    <message>
        <source>a compressed (RAR) archive</source>
        <translation>壓縮檔（RAR）</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 圖片</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 圖片</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 圖片</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip 壓縮檔</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 壓縮檔</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR 壓縮檔</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>BMP 圖片</translation>
    </message>
    <message>
        <source>a media file</source>
        <translation>媒體檔案</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>程式</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>Windows 程式</translation>
    </message>
    <message>
        <source>a database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation>二進位檔案</translation>
    </message>
    <message>
        <source>old Excel 97-2003 workbook (.xls)</source>
        <translation>舊版 Excel 97-2003 活頁簿（.xls）</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (.ods)</source>
        <translation>OpenDocument 試算表（.ods）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>It starts with an invisible byte-order mark — were two files pasted together?</source>
        <translation>這一行以一個看不見的位元組順序標記（BOM）開頭——是否把兩個檔案貼在一起了？</translation>
    </message>
    <message>
        <source>It looks like part of a pretty-printed JSON file; each request must be on one line.</source>
        <translation>它看起來像是經過排版的 JSON 檔案的一部分；每個請求必須寫在同一行。</translation>
    </message>
    <message>
        <source>Check for a missing quote, comma or bracket.</source>
        <translation>請檢查是否缺少引號、逗號或括號。</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>embeddings</source>
        <translation>向量</translation>
    </message>
    <message>
        <source>test</source>
        <translation>測試</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>系統提示詞</translation>
    </message>
    <message>
        <source>image column</source>
        <translation>圖片欄</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未說明原因</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>連線失敗</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>伺服器沒有及時回應</translation>
    </message>
    <message>
        <source>the connection was refused (is the server running and the address right?)</source>
        <translation>連線被拒絕（伺服器是否在執行、位址是否正確？）</translation>
    </message>
    <message>
        <source>the server name could not be found (is the address right?)</source>
        <translation>找不到伺服器名稱（位址是否正確？）</translation>
    </message>
    <message>
        <source>no connection could be made (is the address right, and is the server up?)</source>
        <translation>無法建立連線（位址是否正確、伺服器是否在線？）</translation>
    </message>
    <message>
        <source>the connection was cut off before the answer was complete</source>
        <translation>在回應完整之前連線被中斷</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>連線被重設</translation>
    </message>
    <message>
        <source>the download was cut off before it was complete</source>
        <translation>下載在完成之前被中斷了</translation>
    </message>
    <message>
        <source>the download is too slow to finish (the server sends almost nothing)</source>
        <translation>下載太慢，無法完成（伺服器幾乎不傳送資料）</translation>
    </message>
    <message>
        <source>the server gave up waiting</source>
        <translation>伺服器等待逾時</translation>
    </message>
    <message>
        <source>the download stopped: the server sent nothing for {seconds} seconds</source>
        <translation>下載已停止：伺服器 {seconds} 秒沒有傳送任何資料</translation>
    </message>
    <message>
        <source>the answer did not have the expected fields</source>
        <translation>回應缺少預期的欄位</translation>
    </message>
    <message>
        <source>the answer was not JSON</source>
        <translation>回應不是 JSON</translation>
    </message>
    <message>
        <source>the {call} answer was not JSON ({kind})</source>
        <translation>{call} 的回應不是 JSON（{kind}）</translation>
    </message>
    <message>
        <source>the upload answer has no file id</source>
        <translation>上傳的回應中沒有檔案 ID</translation>
    </message>
    <message>
        <source>this server has no file list (HTTP 404)</source>
        <translation>此伺服器沒有檔案清單（HTTP 404）</translation>
    </message>
    <message>
        <source>the file list is not in the expected format</source>
        <translation>檔案清單的格式不符合預期</translation>
    </message>
    <message>
        <source>this server has no batch list (HTTP 404 for /batches)</source>
        <translation>此伺服器沒有批次清單（/batches 回傳 HTTP 404）</translation>
    </message>
    <message>
        <source>the create answer has no batch id</source>
        <translation>建立的回應中沒有批次 ID</translation>
    </message>
    <message>
        <source>the batch list is not in the expected format</source>
        <translation>批次清單的格式不符合預期</translation>
    </message>
    <message>
        <source>the batch list does not say which input file each batch used</source>
        <translation>批次清單沒有說明每個批次使用的輸入檔案</translation>
    </message>
    <message>
        <source>too many batches to confirm the batch is absent</source>
        <translation>批次太多，無法確認該批次不存在</translation>
    </message>
    <message>
        <source>the connection failed after the request was sent, and checking afterwards failed too</source>
        <translation>請求送出後連線失敗，之後的確認也失敗了</translation>
    </message>
    <message>
        <source>the server did not answer in time and may still be creating it</source>
        <translation>伺服器沒有及時回應，可能仍在建立中</translation>
    </message>
    <message>
        <source>the server answered with an error after the request was sent, and does not list the batch yet</source>
        <translation>請求送出後伺服器回傳了錯誤，且尚未列出該批次任務</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The input file</source>
        <translation>輸入檔案</translation>
    </message>
    <message>
        <source>the answers are not downloaded yet</source>
        <translation>結果尚未下載</translation>
    </message>
    <message>
        <source>longer than the longest listed price tier</source>
        <translation>超出所列最長的價格級距</translation>
    </message>
    <message>
        <source>it has errors.</source>
        <translation>它有錯誤。</translation>
    </message>
    <message>
        <source>The upload did not finish, so no batch was created; you can submit the file again.</source>
        <translation>上傳未完成，因此沒有建立批次任務；您可以重新提交該檔案。</translation>
    </message>
    <message>
        <source>The app stopped before it asked for the batch, so no batch was created; you can submit the file again.</source>
        <translation>應用程式在請求建立批次任務之前就已停止，因此沒有建立任務；您可以重新提交該檔案。</translation>
    </message>
    <message>
        <source>The item</source>
        <translation>該項目</translation>
    </message>
    <message>
        <source>The batch list</source>
        <translation>批次清單</translation>
    </message>
    <message>
        <source>Han</source>
        <translation>漢字</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>日文假名</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>韓文</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>西里爾字母</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>希臘字母</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>希伯來文</translation>
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
        <translation>UTF-8（含 BOM）</translation>
    </message>
    <message>
        <source>Chinese Simplified (GBK / GB18030)</source>
        <translation>簡體中文（GBK / GB18030）</translation>
    </message>
    <message>
        <source>Chinese Traditional (Big5)</source>
        <translation>繁體中文（Big5）</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS / CP932)</source>
        <translation>日文（Shift-JIS / CP932）</translation>
    </message>
    <message>
        <source>Korean (EUC-KR / CP949)</source>
        <translation>韓文（EUC-KR / CP949）</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>西歐（Windows-1252）</translation>
    </message>
    <message>
        <source>UTF-16 with BOM</source>
        <translation>UTF-16（含 BOM）</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗號</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tab 字元</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分號</translation>
    </message>
    <message>
        <source>pipe (|)</source>
        <translation>直線（|）</translation>
    </message>
    <message>
        <source>thinking on</source>
        <translation>思考：開</translation>
    </message>
    <message>
        <source>thinking off</source>
        <translation>思考：關</translation>
    </message>
    <message>
        <source>memory only (this session)</source>
        <translation>僅記憶體（本次工作階段）</translation>
    </message>
    <message>
        <source>this session only (no system keychain found)</source>
        <translation>僅本次工作階段（找不到系統鑰匙圈）</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 認證管理員</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS 鑰匙圈</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring / KWallet)</source>
        <translation>Secret Service（GNOME 鑰匙圈 / KWallet）</translation>
    </message>
    <message>
        <source>KDE Wallet</source>
        <translation>KDE 錢包</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>這台電腦</translation>
    </message>
    <message>
        <source>output columns</source>
        <translation>輸出欄</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>回答為空。</translation>
    </message>
    <message>
        <source>The answer is not valid JSON.</source>
        <translation>回答不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The answer is JSON but not an object with the columns as keys.</source>
        <translation>回答是 JSON，但不是以各欄為鍵的物件。</translation>
    </message>
    <message>
        <source>not needed: answers are simulated on this computer</source>
        <translation>不需要：結果在這台電腦上模擬產生</translation>
    </message>
    <message>
        <source>batch id not confirmed yet</source>
        <translation>批次 ID 尚未確認</translation>
    </message>
    <message>
        <source>a job</source>
        <translation>一個工作</translation>
    </message>
    <message>
        <source>File {file_id}</source>
        <translation>檔案 {file_id}</translation>
    </message>
    <message>
        <source>Batch {batch_id}</source>
        <translation>批次 {batch_id}</translation>
    </message>
    <message>
        <source>The upload address of {region}</source>
        <translation>{region} 的上傳位址</translation>
    </message>
    <message>
        <source>the {call} answer is not a batch object</source>
        <translation>{call} 的回應不是批次物件</translation>
    </message>
    <message>
        <source>did you mean &quot;{name}&quot;?</source>
        <translation>您是不是要寫「{name}」？</translation>
    </message>
    <message>
        <source>Stopped before it finished.</source>
        <translation>在完成前已停止。</translation>
    </message>
    <message>
        <source>We cannot tell yet whether {region} made this batch. Don&apos;t submit the file again — it could run and be billed twice; the app checks every minute and shows the batch as soon as the service lists it.</source>
        <translation>目前還無法確定{region}是否已建立此批次任務。請不要再次提交該檔案——否則可能執行兩次並被計費兩次；應用程式每分鐘檢查一次，服務一列出該任務就會顯示。</translation>
    </message>
    <message>
        <source>The service has no batch from this file {minutes} minutes after the submit, so it was not created and nothing is billed. You can submit the file again.</source>
        <translation>提交 {minutes} 分鐘後，服務中仍沒有來自此檔案的批次任務，因此它未被建立，也不會計費。您可以重新提交該檔案。</translation>
    </message>
    <message>
        <source>The answer has no &quot;{name}&quot;.</source>
        <translation>回答中沒有「{name}」。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a number.</source>
        <translation>「{name}」不是數字。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a number: {value}.</source>
        <translation>「{name}」不是數字：{value}。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not true or false: {value}.</source>
        <translation>「{name}」不是是/否：{value}。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is {value}, which is not one of the labels ({labels}).</source>
        <translation>「{name}」是 {value}，不在標籤（{labels}）之中。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a list of labels: {value}.</source>
        <translation>「{name}」不是標籤清單：{value}。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has {value}, which is not one of the labels ({labels}).</source>
        <translation>「{name}」包含 {value}，不在標籤（{labels}）之中。</translation>
    </message>
    <message>
        <source>no price is known for {model} in {region}</source>
        <translation>尚不知道 {model} 在 {region} 的價格</translation>
    </message>
    <message>
        <source>{count} request(s) are longer than the longest listed price tier ({tokens} input tokens)</source>
        <translation>{count} 個請求超出了已列出的最長價格級距（{tokens} 個輸入 token）</translation>
    </message>
    <message>
        <source>the price of thinking output is not listed</source>
        <translation>思考輸出的價格未列出</translation>
    </message>
    <message>
        <source>the variants are priced in different currencies ({currencies})</source>
        <translation>各變體以不同貨幣計價（{currencies}）</translation>
    </message>
    <message>
        <source>the upper end: thinking is not limited by max_tokens; set thinking_budget (and max_tokens) to bound it</source>
        <translation>上限：思考不受 max_tokens 限制；請設定 thinking_budget（以及 max_tokens）來限定</translation>
    </message>
    <message>
        <source>the upper end: set max_tokens (the model&apos;s maximum output is not in our list)</source>
        <translation>上限：請設定 max_tokens（我們的清單中沒有此模型的最大輸出）</translation>
    </message>
    <message>
        <source>the upper end</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>The vendor&apos;s Japanese and Indonesian pages say the AI general-purpose savings plan can cover batch use; free quota, other savings plans and context cache do not apply to batch.</source>
        <translation>廠商的日文和印尼文頁面說明，AI 通用節省計畫可以抵扣批次呼叫費用；免費額度、其他節省計畫和上下文快取不適用於批次呼叫。</translation>
    </message>
    <message>
        <source>The input file {path} is not there any more, so answers are listed without their requests and missing requests cannot be found. Put the file back to see them.</source>
        <translation>輸入檔案 {path} 已不在原處，因此結果會在沒有請求的情況下列出，也無法找出缺少的請求。把檔案放回原處即可看到它們。</translation>
    </message>
    <message>
        <source>The original table {path} could not be read ({detail}); answers are shown without its columns.</source>
        <translation>無法讀取原始表格 {path}（{detail}）；結果將不含其欄位顯示。</translation>
    </message>
</context>
<context>
    <name>JobDetailPane</name>
    <message>
        <source>Created on the server</source>
        <translation>在伺服器上建立</translation>
    </message>
    <message>
        <source>Started running</source>
        <translation>開始執行</translation>
    </message>
    <message>
        <source>Finishing since</source>
        <translation>開始收尾</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>要求取消</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Completion window closes</source>
        <translation>完成時限截止</translation>
    </message>
    <message>
        <source>Open results</source>
        <translation>開啟結果</translation>
    </message>
    <message>
        <source>Open the results of the selected job</source>
        <translation>開啟所選工作的結果</translation>
    </message>
    <message>
        <source>Your rows next to their answers, in input order (double-click a job does the same)</source>
        <translation>依輸入順序把您的各列與回答並排顯示（雙擊工作效果相同）</translation>
    </message>
    <message>
        <source>Export CSV for Excel…</source>
        <translation>匯出 Excel 用 CSV…</translation>
    </message>
    <message>
        <source>Export answers as CSV</source>
        <translation>將結果匯出為 CSV</translation>
    </message>
    <message>
        <source>Answers next to your requests, in input order (Ctrl+E)</source>
        <translation>依輸入順序把回答放在您的請求旁邊（Ctrl+E）</translation>
    </message>
    <message>
        <source>Re-run failed + missing</source>
        <translation>重新執行失敗與缺少的請求</translation>
    </message>
    <message>
        <source>Re-run the failed and missing requests</source>
        <translation>重新執行失敗與缺少的請求</translation>
    </message>
    <message>
        <source>One new job with exactly the requests that failed or got no answer; its answers merge in.</source>
        <translation>新建一個工作，只包含失敗或沒有得到回答的請求；它的結果會合併進來。</translation>
    </message>
    <message>
        <source>Download answers now</source>
        <translation>立即下載結果</translation>
    </message>
    <message>
        <source>Download the answers of the selected job</source>
        <translation>下載所選工作的結果</translation>
    </message>
    <message>
        <source>Answers are downloaded automatically when a job ends; this fetches them now.</source>
        <translation>工作結束時會自動下載結果；這裡可以立即取得。</translation>
    </message>
    <message>
        <source>Cancel job…</source>
        <translation>取消工作…</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>取消所選工作</translation>
    </message>
    <message>
        <source>Requests that already finished are still billed.</source>
        <translation>已經完成的請求仍會計費。</translation>
    </message>
    <message>
        <source>Delete files on server…</source>
        <translation>刪除伺服器上的檔案…</translation>
    </message>
    <message>
        <source>Delete the selected job&apos;s files from the server</source>
        <translation>從伺服器刪除所選工作的檔案</translation>
    </message>
    <message>
        <source>Frees the account&apos;s storage; the downloaded answers stay on this computer.</source>
        <translation>釋放帳號的儲存空間；已下載的結果保留在這台電腦上。</translation>
    </message>
    <message>
        <source>Copy batch ID</source>
        <translation>複製批次 ID</translation>
    </message>
    <message>
        <source>Copy the batch ID</source>
        <translation>複製批次 ID</translation>
    </message>
    <message>
        <source>For support requests and the web console</source>
        <translation>用於技術支援請求和網頁主控台</translation>
    </message>
    <message>
        <source>Open results folder</source>
        <translation>開啟結果資料夾</translation>
    </message>
    <message>
        <source>Open the folder with the downloaded answer files</source>
        <translation>開啟存放已下載結果檔案的資料夾</translation>
    </message>
    <message>
        <source>The raw output and error files as the service sent them</source>
        <translation>服務傳回的原始輸出檔案和錯誤檔案</translation>
    </message>
    <message>
        <source>Re-run 99,999 failed + missing</source>
        <translation>重新執行 99,999 個失敗與缺少的請求</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>工作詳細資料</translation>
    </message>
    <message>
        <source>Select a job to see its details and what you can do with it.</source>
        <translation>選取一個工作，查看其詳細資料以及可以執行的操作。</translation>
    </message>
    <message>
        <source>↳ Re-run of “{name}”: its answers merge into that job&apos;s results.</source>
        <translation>↳「{name}」的重新執行：其結果會合併到該工作的結果中。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt;. {verdict}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt;。{verdict}</translation>
    </message>
    <message>
        <source>{total} in the file, none sent to the server</source>
        <translation>檔案中 {total} 個，均未傳送到伺服器</translation>
    </message>
    <message>
        <source>none: the batch was not created</source>
        <translation>無：批次工作未建立</translation>
    </message>
    <message>
        <source>not known yet: the app is checking whether the server made it</source>
        <translation>尚不確定：應用程式正在確認伺服器是否已建立</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>批次 ID</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>尚未建立</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端點</translation>
    </message>
    <message>
        <source>Finish within</source>
        <translation>完成時限</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>{done} done, {failed} failed, of {total}</source>
        <translation>已完成 {done} 個，失敗 {failed} 個，共 {total} 個</translation>
    </message>
    <message>
        <source>Answers downloaded</source>
        <translation>已下載的結果</translation>
    </message>
    <message>
        <source>{ok} succeeded, {failed} failed, {missing} missing</source>
        <translation>{ok} 個成功，{failed} 個失敗，{missing} 個缺少</translation>
    </message>
    <message>
        <source>{prompt} prompt + {completion} completion = {total} tokens</source>
        <translation>輸入 {prompt} + 輸出 {completion} = {total} 個 Token</translation>
    </message>
    <message>
        <source>(completion includes {thinking} thinking tokens)</source>
        <translation>（輸出中包含 {thinking} 個思考 Token）</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Cost at batch prices</source>
        <translation>按批次價格的費用</translation>
    </message>
    <message>
        <source>All {count} variants together</source>
        <translation>全部 {count} 個變體合計</translation>
    </message>
    <message>
        <source>Submitted from here</source>
        <translation>從這裡送出</translation>
    </message>
    <message>
        <source>Running time</source>
        <translation>執行時間</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Last seen on the server</source>
        <translation>最後一次在伺服器上看到</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>時間</translation>
    </message>
    <message>
        <source> (deleted from the server)</source>
        <translation>（已從伺服器刪除）</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>輸入檔案</translation>
    </message>
    <message>
        <source>not on this computer</source>
        <translation>不在這台電腦上</translation>
    </message>
    <message>
        <source>Input file ID</source>
        <translation>輸入檔案 ID</translation>
    </message>
    <message>
        <source>Output file ID</source>
        <translation>輸出檔案 ID</translation>
    </message>
    <message>
        <source>Error file ID</source>
        <translation>錯誤檔案 ID</translation>
    </message>
    <message>
        <source>Answers folder</source>
        <translation>結果資料夾</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>line {line}: </source>
        <translation>第 {line} 行：</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>中繼資料</translation>
    </message>
    <message>
        <source>Re-run of</source>
        <translation>重新執行自</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>重新執行</translation>
    </message>
    <message>
        <source>Linked jobs</source>
        <translation>關聯的工作</translation>
    </message>
    <message>
        <source>Submit again</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>This job was not created, so nothing was billed. Send its file again as a new job.</source>
        <translation>此任務未被建立，因此沒有計費。將其檔案作為新任務重新傳送。</translation>
    </message>
    <message>
        <source>Re-run {count} failed + missing</source>
        <translation>重新執行 {count} 個失敗與缺少的請求</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>未知（{reason}）</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免費</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>All statuses</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未送出</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小時</translation>
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
        <translation>介於…</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即重新整理</translation>
    </message>
    <message>
        <source>Refresh jobs</source>
        <translation>重新整理工作</translation>
    </message>
    <message>
        <source>Ask the servers for the latest status now (F5)</source>
        <translation>立即向伺服器查詢最新狀態（F5）</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>重新整理狀態</translation>
    </message>
    <message>
        <source>Files on the server…</source>
        <translation>伺服器上的檔案…</translation>
    </message>
    <message>
        <source>Show the files stored on the server</source>
        <translation>顯示伺服器上儲存的檔案</translation>
    </message>
    <message>
        <source>List, delete and count the files stored in each region</source>
        <translation>列出、刪除並統計各地域儲存的檔案</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>狀態(&amp;T)：</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>依狀態篩選</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>依名稱篩選</translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation>名稱包含…</translation>
    </message>
    <message>
        <source>&amp;Created:</source>
        <translation>建立時間(&amp;C)：</translation>
    </message>
    <message>
        <source>Filter by creation time</source>
        <translation>依建立時間篩選</translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation>建立於此日期或之後</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>建立於此日期或之前</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>依地域篩選</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有地域</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>載入更多</translation>
    </message>
    <message>
        <source>Load more jobs from the servers</source>
        <translation>從伺服器載入更多工作</translation>
    </message>
    <message>
        <source>Fetch the next page of older jobs from each region</source>
        <translation>從每個地域取得下一頁較早的工作</translation>
    </message>
    <message>
        <source>Jobs shown</source>
        <translation>顯示的工作</translation>
    </message>
    <message>
        <source>Cost this month</source>
        <translation>本月費用</translation>
    </message>
    <message>
        <source>write the log</source>
        <translation>寫入日誌</translation>
    </message>
    <message>
        <source>…and {count} more; all of them are in the log (Help ▸ Open the log folder).</source>
        <translation>……還有 {count} 則；完整清單請見記錄檔（說明 ▸ 開啟記錄檔資料夾）。</translation>
    </message>
    <message>
        <source>Export answers as CSV</source>
        <translation>將結果匯出為 CSV</translation>
    </message>
    <message>
        <source>New job submitted. Next check in {wait}.</source>
        <translation>新工作已送出。{wait}後再次檢查。</translation>
    </message>
    <message>
        <source>refresh the jobs</source>
        <translation>重新整理工作</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <source>This month: {amounts}</source>
        <translation>本月：{amounts}</translation>
    </message>
    <message>
        <source>(+ {count} job(s) of unknown cost)</source>
        <translation>（另有 {count} 個任務費用未知）</translation>
    </message>
    <message>
        <source>add up this month&apos;s cost</source>
        <translation>彙總本月費用</translation>
    </message>
    <message>
        <source>show the re-run&apos;s answers</source>
        <translation>顯示重新執行的結果</translation>
    </message>
    <message>
        <source>Last checked {time}. No job is running, so the app stops checking.</source>
        <translation>上次檢查：{time}。沒有正在執行的工作，因此應用程式停止檢查。</translation>
    </message>
    <message>
        <source>Last checked {time}. Next check in {wait}.</source>
        <translation>上次檢查：{time}。{wait}後再次檢查。</translation>
    </message>
    <message>
        <source>load more jobs</source>
        <translation>載入更多工作</translation>
    </message>
    <message>
        <source>filter the jobs</source>
        <translation>篩選工作</translation>
    </message>
    <message>
        <source>1 job</source>
        <translation>1 個工作</translation>
    </message>
    <message>
        <source>{total} jobs</source>
        <translation>{total} 個工作</translation>
    </message>
    <message>
        <source>{shown} of {total} jobs</source>
        <translation>顯示 {shown} 個，共 {total} 個工作</translation>
    </message>
    <message>
        <source>Copied {batch} to the clipboard.</source>
        <translation>已將 {batch} 複製到剪貼簿。</translation>
    </message>
    <message>
        <source>Cancel this job?</source>
        <translation>要取消此工作嗎？</translation>
    </message>
    <message>
        <source>Cancel “{name}”?

Requests that already finished keep their answers and are still billed. The rest are not run. The answers given so far are downloaded when the cancel completes. This cannot be undone.</source>
        <translation>要取消「{name}」嗎？

已經完成的請求會保留結果，並且仍會計費。其餘請求不會執行。取消完成後會下載目前已有的結果。此操作無法復原。</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>取消工作</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>繼續執行</translation>
    </message>
    <message>
        <source>cancel the job</source>
        <translation>取消工作</translation>
    </message>
    <message>
        <source>Cancelling “{name}”. Requests that already finished keep their answers and are still billed; the rest are not run.</source>
        <translation>正在取消「{name}」。已經完成的請求會保留結果，並且仍會計費；其餘請求不會執行。</translation>
    </message>
    <message>
        <source>Delete this job&apos;s files from the server?</source>
        <translation>要從伺服器刪除此工作的檔案嗎？</translation>
    </message>
    <message>
        <source>Delete the input, output and error files of “{name}” from the server? The answers already downloaded stay on this computer and in your exports; the server cannot send them again.</source>
        <translation>要從伺服器刪除「{name}」的輸入、輸出和錯誤檔案嗎？已下載的結果會保留在這台電腦和您匯出的檔案中；伺服器將無法再次傳送它們。</translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation>刪除檔案</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>delete the job&apos;s files</source>
        <translation>刪除工作的檔案</translation>
    </message>
    <message>
        <source>The files of “{name}” were deleted from the server. Its answers stay here.</source>
        <translation>「{name}」的檔案已從伺服器刪除。它的結果保留在這裡。</translation>
    </message>
    <message>
        <source>download the answers</source>
        <translation>下載結果</translation>
    </message>
    <message>
        <source>The answers of “{name}” are downloaded.</source>
        <translation>「{name}」的結果已下載。</translation>
    </message>
    <message>
        <source>submit the file again</source>
        <translation>重新提交檔案</translation>
    </message>
    <message>
        <source>“{name}” submitted again. This window checks on it and downloads the answers when it ends.</source>
        <translation>「{name}」已重新提交。此視窗會追蹤其狀態，並在結束時下載答案。</translation>
    </message>
    <message>
        <source>re-run the failed and missing requests</source>
        <translation>重新執行失敗與缺少的請求</translation>
    </message>
    <message>
        <source>Not submitted: nothing was sent.</source>
        <translation>未提交：沒有傳送任何內容。</translation>
    </message>
    <message>
        <source>Re-run “{name}” submitted with {count} request(s). Its answers merge into the results of the original job when it finishes.</source>
        <translation>已送出重新執行「{name}」，共 {count} 個請求。完成後，其結果會合併到原工作的結果中。</translation>
    </message>
    <message>
        <source>open the results</source>
        <translation>開啟結果</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>export the answers</source>
        <translation>匯出結果</translation>
    </message>
    <message>
        <source>Saved {rows} rows to {path} — {ok} answered, {failed} failed, {missing} without an answer. It opens directly in Excel.</source>
        <translation>已將 {rows} 列儲存到 {path}——{ok} 個已回答，{failed} 個失敗，{missing} 個沒有回答。可以直接用 Excel 開啟。</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已儲存 {name}</translation>
    </message>
    <message>
        <source>list the files</source>
        <translation>列出檔案</translation>
    </message>
</context>
<context>
    <name>JobsTableModel</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Running time</source>
        <translation>執行時間</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端點</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>批次 ID</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>準備中</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>上傳中</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>已上傳</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>送出中</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>未建立</translation>
    </message>
    <message>
        <source>Validating</source>
        <translation>驗證中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>執行中</translation>
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
        <translation>失敗</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已逾期</translation>
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
        <translation>已完成，部分失敗</translation>
    </message>
    <message>
        <source>Incomplete: answers missing</source>
        <translation>不完整：缺少結果</translation>
    </message>
    <message>
        <source>Expired, partial</source>
        <translation>已逾期，部分完成</translation>
    </message>
    <message>
        <source>Cancelled, partial</source>
        <translation>已取消，部分完成</translation>
    </message>
    <message>
        <source>Expired, no answers</source>
        <translation>已逾期，無結果</translation>
    </message>
    <message>
        <source>Cancelled, no answers</source>
        <translation>已取消，無結果</translation>
    </message>
    <message>
        <source>Expired, some failed</source>
        <translation>已逾期，部分失敗</translation>
    </message>
    <message>
        <source>Cancelled, some failed</source>
        <translation>已取消，部分失敗</translation>
    </message>
    <message>
        <source>Every request was answered, but some failed: re-run them from the detail pane.</source>
        <translation>每個請求都有回答，但有些失敗了：可在詳細面板中重新執行它們。</translation>
    </message>
    <message>
        <source>The service says completed, but answers are missing: this job is not done. Re-run the missing ones.</source>
        <translation>服務顯示已完成，但缺少部分結果：此工作並未真正完成。請重新執行缺少的請求。</translation>
    </message>
    <message>
        <source>Ended early: the answers given are kept (and billed); the rest never ran.</source>
        <translation>提前結束：已取得的結果會保留（並計費）；其餘請求從未執行。</translation>
    </message>
    <message>
        <source>Ended before any request was answered; nothing was billed.</source>
        <translation>在任何請求得到回答之前就結束了；未產生費用。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾時</translation>
    </message>
    <message>
        <source>{done} / {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>, {failed} failed</source>
        <translation>，{failed} 個失敗</translation>
    </message>
    <message>
        <source>Not created on the server yet</source>
        <translation>尚未在伺服器上建立</translation>
    </message>
    <message>
        <source>The completion window closes at {time}</source>
        <translation>完成時限於 {time} 結束</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; answers here are &lt;b&gt;simulated&lt;/b&gt; on this computer — nothing is sent to Alibaba Cloud and nothing is billed. Use it to try the whole path. For real answers, add an API key with &lt;i&gt;API keys…&lt;/i&gt; and pick International or Mainland China above.</source>
        <translation>&lt;b&gt;沙盒：&lt;/b&gt;這裡的回答是在這台電腦上&lt;b&gt;模擬&lt;/b&gt;的——不會傳送任何內容到阿里雲，也不會產生費用。可以用它把整個流程試一遍。若要取得真實回答，請透過 &lt;i&gt;API Key…&lt;/i&gt; 加入 API Key，並在上方選擇「國際」或「中國內地」。</translation>
    </message>
    <message>
        <source>1 · Prepare and submit</source>
        <translation>1 · 準備並送出</translation>
    </message>
    <message>
        <source>2 · Jobs and results</source>
        <translation>2 · 工作與結果</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save requests as JSONL…</source>
        <translation>將請求另存為 JSONL(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export answers…</source>
        <translation>匯出結果(&amp;E)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find in the requests…</source>
        <translation>在請求中尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>工作(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Submit batch</source>
        <translation>送出批次(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Files on the ser&amp;ver…</source>
        <translation>伺服器上的檔案(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>歡迎(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>複製診斷資訊(&amp;C)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>開啟記錄檔資料夾(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>關於 {app}(&amp;A)</translation>
    </message>
    <message>
        <source>look up the keychain</source>
        <translation>查詢鑰匙圈</translation>
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
        <translation>API Key 狀態</translation>
    </message>
    <message>
        <source>API keys…</source>
        <translation>API Key…</translation>
    </message>
    <message>
        <source>Open API key settings</source>
        <translation>開啟 API Key 設定</translation>
    </message>
    <message>
        <source>switch region</source>
        <translation>切換地域</translation>
    </message>
    <message>
        <source>No key needed — simulated answers</source>
        <translation>不需要 API Key——模擬回答</translation>
    </message>
    <message>
        <source>Key {masked} · stored in {where}</source>
        <translation>API Key {masked} · 儲存在{where}</translation>
    </message>
    <message>
        <source>No API key for this region — press “API keys…”</source>
        <translation>這個地域沒有 API Key——請按「API Key…」</translation>
    </message>
    <message>
        <source>Something needs your attention — see the message at the top.</source>
        <translation>有事項需要您處理——請查看上方的訊息。</translation>
    </message>
    <message>
        <source>show the new job</source>
        <translation>顯示新工作</translation>
    </message>
    <message>
        <source>show the rehearsal job</source>
        <translation>顯示試跑工作</translation>
    </message>
    <message>
        <source>collect the diagnostics</source>
        <translation>收集診斷資訊</translation>
    </message>
    <message>
        <source>Diagnostics copied: versions, regions, folders and the last log lines, with keys removed.</source>
        <translation>已複製診斷資訊：版本、地域、資料夾和最後幾行記錄，已移除 API Key。</translation>
    </message>
    <message>
        <source>“{name}” {status}: answers downloaded.</source>
        <translation>「{name}」{status}：結果已下載。</translation>
    </message>
    <message>
        <source>“{name}” is complete. Select it in the Jobs tab and press “Open results”.</source>
        <translation>「{name}」已完成。請在「工作與結果」分頁中選取它，然後按「開啟結果」。</translation>
    </message>
    <message>
        <source>update the key status</source>
        <translation>更新 API Key 狀態</translation>
    </message>
    <message>
        <source>read the stored keys</source>
        <translation>讀取已儲存的 API Key</translation>
    </message>
    <message>
        <source>A batch is being submitted. Restart when it has been sent.</source>
        <translation>正在送出批次。請在送出完成後再重新啟動。</translation>
    </message>
    <message>
        <source>Open Batch Desk</source>
        <translation>開啟 Batch Desk</translation>
    </message>
    <message>
        <source>Quit Batch Desk</source>
        <translation>結束 Batch Desk</translation>
    </message>
    <message>
        <source>Batch Desk: checking your jobs</source>
        <translation>Batch Desk：正在檢查您的工作</translation>
    </message>
    <message>
        <source>Still checking your jobs</source>
        <translation>仍在檢查您的工作</translation>
    </message>
    <message>
        <source>Batch Desk keeps checking in the background and tells you when a job ends. Click its icon to open it; choose Quit in its menu to stop.</source>
        <translation>Batch Desk 會在背景繼續檢查，並在工作結束時通知您。按一下其圖示可開啟視窗；在其選單中選擇「結束」即可停止。</translation>
    </message>
</context>
<context>
    <name>MultilineDelegate</name>
    <message>
        <source>Edit the text; click outside the cell to keep it, Esc to cancel</source>
        <translation>編輯文字；按一下儲存格外部保留修改，按 Esc 取消</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>關閉訊息</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>A job</source>
        <translation>一個工作</translation>
    </message>
    <message>
        <source>{ok} answered, {failed} failed, {missing} missing.</source>
        <translation>{ok} 個已回答，{failed} 個失敗，{missing} 個缺少。</translation>
    </message>
    <message>
        <source>Job incomplete</source>
        <translation>工作不完整</translation>
    </message>
    <message>
        <source>“{name}” says completed, but answers are missing: {counts}</source>
        <translation>「{name}」顯示已完成，但缺少結果：{counts}</translation>
    </message>
    <message>
        <source>Job completed</source>
        <translation>工作已完成</translation>
    </message>
    <message>
        <source>“{name}” completed: {counts}</source>
        <translation>「{name}」已完成：{counts}</translation>
    </message>
    <message>
        <source>“{name}” failed.</source>
        <translation>「{name}」失敗了。</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>工作失敗</translation>
    </message>
    <message>
        <source>Job expired</source>
        <translation>工作已逾期</translation>
    </message>
    <message>
        <source>“{name}” ran out of time: {counts} Re-run the rest from the Jobs tab.</source>
        <translation>「{name}」超出時限：{counts} 可在「工作與結果」分頁中重新執行其餘部分。</translation>
    </message>
    <message>
        <source>Job cancelled</source>
        <translation>工作已取消</translation>
    </message>
    <message>
        <source>“{name}” was cancelled: {counts}</source>
        <translation>「{name}」已取消：{counts}</translation>
    </message>
    <message>
        <source>Job ended</source>
        <translation>工作已結束</translation>
    </message>
    <message>
        <source>“{name}” ended ({status}).</source>
        <translation>「{name}」已結束（{status}）。</translation>
    </message>
</context>
<context>
    <name>OutputColumnsBox</name>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation>是 / 否</translation>
    </message>
    <message>
        <source>one label</source>
        <translation>單一標籤</translation>
    </message>
    <message>
        <source>several labels</source>
        <translation>多個標籤</translation>
    </message>
    <message>
        <source>Classify into labels</source>
        <translation>依標籤分類</translation>
    </message>
    <message>
        <source>Extract fields</source>
        <translation>擷取欄位</translation>
    </message>
    <message>
        <source>Translate into a language</source>
        <translation>翻譯成某種語言</translation>
    </message>
    <message>
        <source>Summarise in N words</source>
        <translation>用 N 個詞摘要</translation>
    </message>
    <message>
        <source>Common jobs</source>
        <translation>常見任務</translation>
    </message>
    <message>
        <source>Start from a common job…</source>
        <translation>從常見任務開始…</translation>
    </message>
    <message>
        <source>Fills the prompt and the output columns for a common job; you can edit everything.</source>
        <translation>為常見任務填好提示詞和輸出欄；所有內容都可以再修改。</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>新增欄</translation>
    </message>
    <message>
        <source>Add an output column</source>
        <translation>新增一個輸出欄</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected output column</source>
        <translation>移除選取的輸出欄</translation>
    </message>
    <message>
        <source>Output columns</source>
        <translation>輸出欄</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Labels (comma-separated)</source>
        <translation>標籤（以逗號分隔）</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>內容說明</translation>
    </message>
    <message>
        <source>Empty: one free answer per row. With columns, each answer is asked for as JSON and split into them; an answer that does not fit is marked “needs another try”.</source>
        <translation>留空：每列一個自由回答。設定欄後，每個回答都以 JSON 形式請求並拆分到這些欄中；不符合的回答會標記為「需要重試」。</translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation>比較模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Other models to compare</source>
        <translation>要比較的其他模型</translation>
    </message>
    <message>
        <source>other models, comma-separated, e.g. qwen-flash</source>
        <translation>其他模型，以逗號分隔，例如 qwen-flash</translation>
    </message>
    <message>
        <source>The same rows go to each model as its own batch (each one is billed); the results put the models&apos; answers side by side. At most two more models.</source>
        <translation>相同的列會作為各自獨立的批次送給每個模型（每個都會計費）；結果中各模型的回答並排顯示。最多再加兩個模型。</translation>
    </message>
    <message>
        <source>Or a second &amp;prompt:</source>
        <translation>或第二個提示詞(&amp;P)：</translation>
    </message>
    <message>
        <source>Second prompt to compare</source>
        <translation>要比較的第二個提示詞</translation>
    </message>
    <message>
        <source>the same rows with another prompt, e.g. Is this review positive? {text}</source>
        <translation>用另一個提示詞處理相同的列，例如：這則評論是正面的嗎？{text}</translation>
    </message>
    <message>
        <source>Prompt A is the prompt above, prompt B this one: the same rows go through the same model twice, as two batches (each billed), and the results put both answers side by side.</source>
        <translation>提示詞 A 是上面的提示詞，提示詞 B 是這裡的：相同的列用同一個模型跑兩次，作為兩個批次（各自計費），結果中兩個回答並排顯示。</translation>
    </message>
    <message>
        <source>Kind of output column</source>
        <translation>輸出欄的類型</translation>
    </message>
    <message>
        <source>Only for the kinds with labels</source>
        <translation>僅用於有標籤的類型</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Line 1: the file starts with an invisible byte-order mark (BOM). The service reads it as part of the first request, so the app uploads a copy without it; your file stays as it is. Other tools may need it saved as &quot;UTF-8&quot; (not &quot;UTF-8 with BOM&quot;).</source>
        <translation>第 1 行：檔案開頭有一個看不見的位元組順序標記（BOM）。服務會把它當作第一個請求的一部分，因此本應用程式會上傳一份去掉 BOM 的副本；您的檔案保持不變。其他工具可能需要將檔案另存為 &quot;UTF-8&quot;（而不是 &quot;UTF-8 with BOM&quot;）。</translation>
    </message>
    <message>
        <source>Line {line} is empty. Delete empty lines: every line must be one request.</source>
        <translation>第 {line} 行是空白行。請刪除空白行：每一行都必須是一個請求。</translation>
    </message>
    <message>
        <source>Line {line} is {size_text}; one request may be at most {limit_text}. Shorten it (for example use smaller or fewer images) or split it into several requests.</source>
        <translation>第 {line} 行大小為 {size_text}；單一請求最大為 {limit_text}。請縮短內容（例如使用較小或較少的圖片），或拆成多個請求。</translation>
    </message>
    <message>
        <source>Line {line} is {kind}, not a request. Each line must be one JSON object in curly braces, like {{&quot;custom_id&quot;: &quot;1&quot;, &quot;method&quot;: &quot;POST&quot;, ...}}.</source>
        <translation>第 {line} 行是{kind}，而不是一個請求。每一行都必須是一個用大括號括起來的 JSON 物件，例如 {{&quot;custom_id&quot;: &quot;1&quot;, &quot;method&quot;: &quot;POST&quot;, ...}}。</translation>
    </message>
    <message>
        <source>Line {line}: the custom_id {custom_id} was already used on line {first_line}. Every request needs its own id — change one of them.</source>
        <translation>第 {line} 行：custom_id {custom_id} 已在第 {first_line} 行使用過。每個請求都需要唯一的 ID——請修改其中一個。</translation>
    </message>
    <message>
        <source>Line {line}: the custom_id must be non-empty text in quotes, like &quot;req-1&quot;, but it is {value}. Put the id in double quotes.</source>
        <translation>第 {line} 行：custom_id 必須是用引號括起來的非空白文字，例如 &quot;req-1&quot;，但這裡是 {value}。請把 ID 放在雙引號中。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;method&quot; is {value}; it must be exactly &quot;POST&quot; (upper case).</source>
        <translation>第 {line} 行：&quot;method&quot; 的值是 {value}；它必須正好是 &quot;POST&quot;（大寫）。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;body&quot; must be a JSON object in curly braces holding the request (model, messages, ...), but it is {kind}.</source>
        <translation>第 {line} 行：&quot;body&quot; 必須是用大括號括起來、包含請求內容（model、messages 等）的 JSON 物件，但這裡是{kind}。</translation>
    </message>
    <message>
        <source>Line {line}: temperature is {value}; it must be a number from 0 up to (but not including) 2.</source>
        <translation>第 {line} 行：temperature 為 {value}；它必須是大於等於 0 且小於 2 的數字。</translation>
    </message>
    <message>
        <source>Line {line}: top_p is {value}; it must be a number from 0 to 1.</source>
        <translation>第 {line} 行：top_p 為 {value}；它必須是 0 到 1 之間的數字。</translation>
    </message>
    <message>
        <source>This is an image ({image}), not a JSONL file. Choose the request file (.jsonl) instead; to send an image to a model, put its URL (or its base64 data) inside a request.</source>
        <translation>這是一張圖片（{image}），不是 JSONL 檔案。請改選請求檔案（.jsonl）；如果要把圖片傳給模型，請在請求中填入圖片的 URL（或 base64 資料）。</translation>
    </message>
    <message>
        <source>This looks like {kind}, not a JSONL text file. Convert your spreadsheet to a request file first (one JSON request per line).</source>
        <translation>這看起來是{kind}，不是 JSONL 文字檔。請先把試算表轉換為請求檔案（每行一個 JSON 請求）。</translation>
    </message>
    <message>
        <source>This looks like {kind}, not a JSONL text file. Choose the request file instead (one JSON request per line).</source>
        <translation>這看起來是{kind}，不是 JSONL 文字檔。請改選請求檔案（每行一個 JSON 請求）。</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (&quot;Unicode&quot;), not UTF-8. Open it in your editor and save it again with the encoding &quot;UTF-8&quot;.</source>
        <translation>檔案儲存為 UTF-16（「Unicode」），而不是 UTF-8。請在編輯器中開啟它，並以 &quot;UTF-8&quot; 編碼重新儲存。</translation>
    </message>
    <message>
        <source>Line {line} is not UTF-8 text (byte {byte} at position {position}). The file was probably saved in another encoding such as GBK, Shift-JIS or ANSI. Open it in your editor and save it again with the encoding &quot;UTF-8&quot;.</source>
        <translation>第 {line} 行不是 UTF-8 文字（位置 {position} 的位元組 {byte}）。檔案可能是用其他編碼（如 GBK、Shift-JIS 或 ANSI）儲存的。請在編輯器中開啟它，並以 &quot;UTF-8&quot; 編碼重新儲存。</translation>
    </message>
    <message>
        <source>Line {line} is not valid JSON (near character {column}). Each line must be one complete JSON object. {hint}</source>
        <translation>第 {line} 行不是有效的 JSON（靠近第 {column} 個字元）。每一行都必須是一個完整的 JSON 物件。{hint}</translation>
    </message>
    <message>
        <source>Line {line} is not valid JSON. Each line must be one complete JSON object. {hint}</source>
        <translation>第 {line} 行不是有效的 JSON。每一行都必須是一個完整的 JSON 物件。{hint}</translation>
    </message>
    <message>
        <source>Line {line}: the field &quot;{field}&quot; is missing. Every line needs custom_id, method, url and body.</source>
        <translation>第 {line} 行：缺少欄位 &quot;{field}&quot;。每一行都需要 custom_id、method、url 和 body。</translation>
    </message>
    <message>
        <source>Line {line}: the field &quot;{field}&quot; is empty (null). Every line needs custom_id, method, url and body.</source>
        <translation>第 {line} 行：欄位 &quot;{field}&quot; 為空（null）。每一行都需要 custom_id、method、url 和 body。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;url&quot; is {value}, which is not a batch endpoint. Use one of: {supported}. Write only the path &quot;{path}&quot;, not the full address.</source>
        <translation>第 {line} 行：&quot;url&quot; 的值是 {value}，不是批次端點。請使用以下其中之一：{supported}。只寫路徑 &quot;{path}&quot;，不要寫完整位址。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;url&quot; is {value}, which is not a batch endpoint. Use one of: {supported}.</source>
        <translation>第 {line} 行：&quot;url&quot; 的值是 {value}，不是批次端點。請使用以下其中之一：{supported}。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;url&quot; is &quot;{value}&quot; but the task is set to use &quot;{expected}&quot;. Every line must use the endpoint chosen for the task — change the line or the task&apos;s endpoint.</source>
        <translation>第 {line} 行：&quot;url&quot; 是 &quot;{value}&quot;，但工作設定的端點是 &quot;{expected}&quot;。每一行都必須使用為工作選擇的端點——請修改該行或工作的端點。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;url&quot; is &quot;{value}&quot; but line {first_line} uses &quot;{expected}&quot;. Every line of one file must use the same url.</source>
        <translation>第 {line} 行：&quot;url&quot; 是 &quot;{value}&quot;，但第 {first_line} 行使用的是 &quot;{expected}&quot;。同一個檔案的每一行都必須使用相同的 url。</translation>
    </message>
    <message>
        <source>Line {line}: the body has no &quot;model&quot;. Add the model name, for example &quot;model&quot;: &quot;qwen-plus&quot;.</source>
        <translation>第 {line} 行：body 中沒有 &quot;model&quot;。請加入模型名稱，例如 &quot;model&quot;: &quot;qwen-plus&quot;。</translation>
    </message>
    <message>
        <source>Line {line}: the model &quot;{model}&quot; is not in our list of batch models of {region} as of {date}; the service decides. Check the model name and the region.</source>
        <translation>第 {line} 行：截至 {date}，模型「{model}」不在我們列出的 {region} 批次模型中；以服務端為準。請檢查模型名稱和地域。</translation>
    </message>
    <message>
        <source>Line {line} has {tokens} input tokens; &quot;{model}&quot; reads at most {window} tokens in all, {max_tokens} of them kept for the answer (max_tokens), so at most {available} fit. Shorten it or split it into several requests.</source>
        <translation>第 {line} 行有 {tokens} 個輸入 token；「{model}」總共最多讀取 {window} 個 token，其中 {max_tokens} 個留給回答（max_tokens），因此最多只能容納 {available} 個。請縮短它或拆分成多個請求。</translation>
    </message>
    <message>
        <source>Line {line} uses the model &quot;{model}&quot; but line {first_line} uses &quot;{expected}&quot;. All requests in one file must use the same model — make one file per model.</source>
        <translation>第 {line} 行使用的模型是 &quot;{model}&quot;，但第 {first_line} 行使用的是 &quot;{expected}&quot;。同一個檔案中的所有請求必須使用同一個模型——請每個模型各建一個檔案。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;{value}&quot; only serves {test_model}. Use &quot;{expected}&quot; for &quot;{model}&quot; (this line uses &quot;{value}&quot;). Fix the url on every line.</source>
        <translation>第 {line} 行：&quot;{value}&quot; 只服務 {test_model}。請為 &quot;{model}&quot; 使用 &quot;{expected}&quot;（這一行使用的是 &quot;{value}&quot;）。請修正每一行的 url。</translation>
    </message>
    <message>
        <source>Line {line}: the model &quot;{model}&quot; must be called with the url &quot;{expected}&quot; (this line uses &quot;{value}&quot;). Fix the url on every line.</source>
        <translation>第 {line} 行：模型 &quot;{model}&quot; 必須透過 url &quot;{expected}&quot; 呼叫（這一行使用的是 &quot;{value}&quot;）。請修正每一行的 url。</translation>
    </message>
    <message>
        <source>Line {line}: enable_thinking is {value}; it must be true or false (without quotes).</source>
        <translation>第 {line} 行：enable_thinking 的值是 {value}；它必須是 true 或 false（不加引號）。</translation>
    </message>
    <message>
        <source>Line {line} sets enable_thinking to {thinking} but line {first_line} sets it to {first_thinking}. All requests in one file must use the same thinking mode.</source>
        <translation>第 {line} 行把 enable_thinking 設為 {thinking}，但第 {first_line} 行設為 {first_thinking}。同一個檔案中的所有請求必須使用相同的思考模式。</translation>
    </message>
    <message>
        <source>Line {line} leaves enable_thinking out but line {first_line} sets it. Lines without it use the model&apos;s default thinking mode, which may differ — set enable_thinking the same way (true or false) on every line.</source>
        <translation>第 {line} 行沒有設定 enable_thinking，但第 {first_line} 行設定了。未設定的行會使用模型預設的思考模式，可能與其他行不同——請在每一行都以相同方式設定 enable_thinking（true 或 false）。</translation>
    </message>
    <message>
        <source>Line {line} sets enable_thinking but line {first_line} leaves it out. Lines without it use the model&apos;s default thinking mode, which may differ — set enable_thinking the same way (true or false) on every line.</source>
        <translation>第 {line} 行設定了 enable_thinking，但第 {first_line} 行沒有設定。未設定的行會使用模型預設的思考模式，可能與其他行不同——請在每一行都以相同方式設定 enable_thinking（true 或 false）。</translation>
    </message>
    <message>
        <source>Line {line}: the body has no &quot;input&quot;. An embedding request needs the text to embed, for example &quot;input&quot;: &quot;some text&quot;.</source>
        <translation>第 {line} 行：body 中沒有 &quot;input&quot;。向量請求需要提供要處理的文字，例如 &quot;input&quot;: &quot;some text&quot;。</translation>
    </message>
    <message>
        <source>Line {line}: the body has no &quot;messages&quot;. A chat request needs a list of messages, for example &quot;messages&quot;: [{{&quot;role&quot;: &quot;user&quot;, &quot;content&quot;: &quot;Hello&quot;}}].</source>
        <translation>第 {line} 行：body 中沒有 &quot;messages&quot;。對話請求需要一個訊息清單，例如 &quot;messages&quot;: [{{&quot;role&quot;: &quot;user&quot;, &quot;content&quot;: &quot;Hello&quot;}}]。</translation>
    </message>
    <message>
        <source>The file has no requests. Add one JSON request per line.</source>
        <translation>檔案中沒有請求。請每行加入一個 JSON 請求。</translation>
    </message>
    <message>
        <source>The table has no data rows (only a header, or only empty rows): there is nothing to send.</source>
        <translation>表格中沒有資料列（只有標題列，或只有空白列）：沒有可送出的內容。</translation>
    </message>
    <message>
        <source>The file has {count} requests; one file may hold at most {limit}. Split it into several files.</source>
        <translation>檔案中有 {count} 個請求；單一檔案最多 {limit} 個。請拆成多個檔案。</translation>
    </message>
    <message>
        <source>The file is {size_text}; one file may be at most {limit_text}. Split it into several files.</source>
        <translation>檔案大小為 {size_text}；單一檔案最大為 {limit_text}。請拆成多個檔案。</translation>
    </message>
    <message>
        <source>A file for {model} may have at most {max_requests} requests and {max_size}; this one has {requests} requests and {size_text}. Use a smaller sample for the free test.</source>
        <translation>{model} 的檔案最多 {max_requests} 個請求、{max_size}；這個檔案有 {requests} 個請求、{size_text}。請使用較小的範例進行免費測試。</translation>
    </message>
    <message>
        <source>The first request alone is larger than {max_mb} MB, the test model&apos;s file limit (embedded images are usually the reason). Try the rehearsal with smaller images or web addresses.</source>
        <translation>光是第一個請求就超過 {max_mb} MB，也就是測試模型的檔案上限（通常是因為內嵌了圖片）。請使用較小的圖片或網址再試跑。</translation>
    </message>
    <message>
        <source>A finish callback works only in the Mainland China (Beijing) region. Clear the field or choose that region.</source>
        <translation>完成回呼僅適用於中國內地（北京）地域。請清空該欄位，或選擇該地域。</translation>
    </message>
    <message>
        <source>The finish callback {url} is not a web address. Write it as https://…</source>
        <translation>完成回呼 {url} 不是網址。請寫成 https://…</translation>
    </message>
    <message>
        <source>The finish callback must start with https:// and name a server; {url} does not.</source>
        <translation>完成回呼必須以 https:// 開頭並寫明伺服器；{url} 不符合。</translation>
    </message>
    <message>
        <source>The finish callback {url} is not reachable from the internet, so the service could never call it. Use a public https:// address.</source>
        <translation>完成回呼 {url} 無法從網際網路存取，服務永遠無法呼叫它。請使用公開的 https:// 位址。</translation>
    </message>
    <message>
        <source>The task name has {length} characters; at most {limit} are allowed. Shorten it.</source>
        <translation>工作名稱有 {length} 個字元；最多允許 {limit} 個。請縮短。</translation>
    </message>
    <message>
        <source>The description has {length} characters; at most {limit} are allowed. Shorten it.</source>
        <translation>描述有 {length} 個字元；最多允許 {limit} 個。請縮短。</translation>
    </message>
    <message>
        <source>The time window {value} is not valid. Write a whole number followed by h (hours) or d (days), for example 24h or 2d.</source>
        <translation>完成時限 {value} 無效。請寫一個整數，後面接 h（小時）或 d（天），例如 24h 或 2d。</translation>
    </message>
    <message>
        <source>The time window must be from {min_hours} hours (24h or 1d) to {max_hours} hours (336h or 14d); {value} is too short.</source>
        <translation>完成時限必須在 {min_hours} 小時（24h 或 1d）到 {max_hours} 小時（336h 或 14d）之間；{value} 太短。</translation>
    </message>
    <message>
        <source>The time window must be from {min_hours} hours (24h or 1d) to {max_hours} hours (336h or 14d); {value} is too long.</source>
        <translation>完成時限必須在 {min_hours} 小時（24h 或 1d）到 {max_hours} 小時（336h 或 14d）之間；{value} 太長。</translation>
    </message>
    <message>
        <source>Row {row}: the id (column &quot;{column}&quot;) is blank. Fill it in, or let the app number the rows.</source>
        <translation>第 {row} 列：ID（「{column}」欄）空白。請填寫，或讓應用程式為各列自動編號。</translation>
    </message>
    <message>
        <source>Row {row}: the id &quot;{id}&quot; is already used on row {first_row}. Every request needs its own id — change one of them, or let the app number the rows.</source>
        <translation>第 {row} 列：ID「{id}」已在第 {first_row} 列使用。每個請求都需要唯一的 ID——請修改其中一個，或讓應用程式為各列自動編號。</translation>
    </message>
    <message>
        <source>Row {row}: the prompt is empty. Fill in the cells the template uses, or delete the row.</source>
        <translation>第 {row} 列：提示詞是空的。請填寫範本用到的儲存格，或刪除該列。</translation>
    </message>
    <message>
        <source>Line {line}: the prompt is empty. Write the prompt, or delete the row.</source>
        <translation>第 {line} 行：提示詞是空的。請填寫提示詞，或刪除該列。</translation>
    </message>
    <message>
        <source>Row {row}: the column &quot;{column}&quot; is blank, so the prompt has a gap there.</source>
        <translation>第 {row} 列：「{column}」欄是空的，提示詞在那裡會有空缺。</translation>
    </message>
    <message>
        <source>Row {row}: the text holds � marks where characters could not be read, so this request would send garbled text. Check the row, or choose another encoding for the file.</source>
        <translation>第 {row} 列：文字中有無法讀取的字元，顯示為 �，因此這個請求會送出亂碼。請檢查這一列，或為檔案選擇其他編碼。</translation>
    </message>
    <message>
        <source>Row {row} is not UTF-8 like the rest of the file; it was read as {encoding}. Check that its text reads right, or save the file again as UTF-8.</source>
        <translation>第 {row} 列不像檔案其餘部分那樣是 UTF-8；已按 {encoding} 讀取。請檢查該列文字是否正確，或將檔案重新另存為 UTF-8。</translation>
    </message>
    <message>
        <source>Row {row}: the text holds &quot;{sample}&quot;, which is how UTF-8 text looks when read in a Western encoding. Check the row, or choose another encoding for the file.</source>
        <translation>第 {row} 列：文字中有「{sample}」，這是 UTF-8 文字被當作西文編碼讀取時的樣子。請檢查該列，或為檔案選擇其他編碼。</translation>
    </message>
    <message>
        <source>Row {row} is written mostly in {script}, which the rest of the file does not use; it may have been read in the wrong encoding. Check the row.</source>
        <translation>第 {row} 列大部分是{script}，而檔案其餘部分沒有使用這種文字；可能是按錯誤的編碼讀取的。請檢查該列。</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the table has {columns} columns; the extra cells ({extra}) are ignored. Check that row for a missing or extra separator.</source>
        <translation>第 {row} 列有 {cells} 個儲存格，但表格只有 {columns} 欄；多出的儲存格（{extra}）會被忽略。請檢查該列是否少了或多了分隔符號。</translation>
    </message>
    <message>
        <source>Row {row} has only {cells} of {columns} cells; the missing cells are treated as empty. Check that row for a missing or extra separator.</source>
        <translation>第 {row} 列只有 {cells} 個儲存格（共 {columns} 欄）；缺少的儲存格以空白處理。請檢查該列是否少了或多了分隔符號。</translation>
    </message>
    <message>
        <source>Row {row}: the image cell is blank; this request is sent as text only.</source>
        <translation>第 {row} 列：圖片儲存格是空的；此請求只會送出文字。</translation>
    </message>
    <message>
        <source>Row {row} holds broken characters (unpaired surrogates) that cannot be written as UTF-8; they were replaced with &quot;?&quot;. Check that row&apos;s text.</source>
        <translation>第 {row} 列包含無法以 UTF-8 寫入的損壞字元（未配對的代理字元），已替換為 &quot;?&quot;。請檢查該列的文字。</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>第 {row} 列：{message}</translation>
    </message>
    <message>
        <source>In the system prompt: {message}</source>
        <translation>系統提示詞中：{message}</translation>
    </message>
    <message>
        <source>The prompt template is empty. Write the prompt, e.g. Translate {{text}}.</source>
        <translation>提示詞範本是空的。請寫出提示詞，例如 Translate {{text}}。</translation>
    </message>
    <message>
        <source>The template uses {names}, but the table has no such column. {hints} Columns: {columns}. Write a column name between braces exactly as in the header; use {{{{ and }}}} for literal braces.</source>
        <translation>範本用到了 {names}，但表格中沒有這樣的欄。{hints} 現有的欄：{columns}。請在大括號中寫出與標題列完全一致的欄名；字面上的大括號請寫成 {{{{ 和 }}}}。</translation>
    </message>
    <message>
        <source>The template uses {names}, but the table has no such column. Columns: {columns}. Write a column name between braces exactly as in the header; use {{{{ and }}}} for literal braces.</source>
        <translation>範本用到了 {names}，但表格中沒有這樣的欄。現有的欄：{columns}。請在大括號中寫出與標題列完全一致的欄名；字面上的大括號請寫成 {{{{ 和 }}}}。</translation>
    </message>
    <message>
        <source>The template has a &quot;{{&quot; at character {position} that is never closed. Close it with &quot;}}&quot; or write &quot;{{{{&quot; for a literal brace.</source>
        <translation>範本在第 {position} 個字元處有一個 &quot;{{&quot; 沒有閉合。請用 &quot;}}&quot; 閉合，或寫成 &quot;{{{{&quot; 表示字面上的大括號。</translation>
    </message>
    <message>
        <source>The template has empty braces &quot;{{}}&quot; at character {position}. Put a column name inside, like {{text}}, or write &quot;{{{{}}}}&quot; for literal braces.</source>
        <translation>範本在第 {position} 個字元處有空的大括號 &quot;{{}}&quot;。請在其中寫一個欄名，例如 {{text}}，或寫成 &quot;{{{{}}}}&quot; 表示字面上的大括號。</translation>
    </message>
    <message>
        <source>The template has a &quot;}}&quot; at character {position} without a matching &quot;{{&quot;. Write &quot;}}}}&quot; for a literal brace.</source>
        <translation>範本在第 {position} 個字元處有一個 &quot;}}&quot;，但沒有對應的 &quot;{{&quot;。字面上的大括號請寫成 &quot;}}}}&quot;。</translation>
    </message>
    <message>
        <source>The id column &quot;{column}&quot; is not in the table. Choose one of: {columns}.</source>
        <translation>ID 欄「{column}」不在表格中。請從以下欄位中選擇：{columns}。</translation>
    </message>
    <message>
        <source>The image column &quot;{column}&quot; is not in the table. Choose one of: {columns}.</source>
        <translation>圖片欄「{column}」不在表格中。請從以下欄位中選擇：{columns}。</translation>
    </message>
    <message>
        <source>The id column &quot;{column}&quot; is not in the table. Columns: {columns}.</source>
        <translation>ID 欄「{column}」不在表格中。現有的欄：{columns}。</translation>
    </message>
    <message>
        <source>The image column &quot;{column}&quot; is not in the table. Columns: {columns}.</source>
        <translation>圖片欄「{column}」不在表格中。現有的欄：{columns}。</translation>
    </message>
    <message>
        <source>No model is chosen. Pick one, for example &quot;qwen-plus&quot;.</source>
        <translation>尚未選擇模型。請選擇一個，例如 &quot;qwen-plus&quot;。</translation>
    </message>
    <message>
        <source>The model &quot;{model}&quot; needs the {kind} kind of request, but {chosen} is chosen. Change the request kind or the model.</source>
        <translation>模型 &quot;{model}&quot; 需要「{kind}」類請求，但目前選擇的是「{chosen}」。請變更請求類型或模型。</translation>
    </message>
    <message>
        <source>The model &quot;{model}&quot; is not in the documented batch models of {region}. It may not work there — check the model name and the region.</source>
        <translation>模型 &quot;{model}&quot; 不在 {region} 文件列出的批次模型中。它在該地域可能無法使用——請檢查模型名稱和地域。</translation>
    </message>
    <message>
        <source>Temperature is {value}; it must be a number from 0 up to (but not including) 2.</source>
        <translation>Temperature 為 {value}；它必須是大於等於 0 且小於 2 的數字。</translation>
    </message>
    <message>
        <source>top_p is {value}; it must be from 0 to 1.</source>
        <translation>top_p 為 {value}；它必須在 0 到 1 之間。</translation>
    </message>
    <message>
        <source>max_tokens is {value}; it must be at least 1.</source>
        <translation>max_tokens 為 {value}；它必須至少為 1。</translation>
    </message>
    <message>
        <source>dimensions is {value}; it must be at least 1.</source>
        <translation>dimensions 為 {value}；它必須至少為 1。</translation>
    </message>
    <message>
        <source>Embedding requests do not use: {settings}. They are left out.</source>
        <translation>向量請求不使用：{settings}。這些設定會被省略。</translation>
    </message>
    <message>
        <source>dimensions only applies to embedding requests; it is left out.</source>
        <translation>dimensions 只適用於向量請求；已省略。</translation>
    </message>
    <message>
        <source>Images need a vision model such as &quot;qwen-vl-plus&quot;; &quot;{model}&quot; may not read them.</source>
        <translation>圖片需要視覺模型，例如 &quot;qwen-vl-plus&quot;；&quot;{model}&quot; 可能無法讀取圖片。</translation>
    </message>
    <message>
        <source>An output column has no name. Give it one, e.g. sentiment.</source>
        <translation>有一個輸出欄沒有名稱。請為它命名，例如 sentiment。</translation>
    </message>
    <message>
        <source>The output column &quot;{name}&quot; is listed twice.</source>
        <translation>輸出欄「{name}」出現了兩次。</translation>
    </message>
    <message>
        <source>The output column &quot;{name}&quot; picks from a list of labels, but the list has fewer than two. Write the labels separated by commas, e.g. positive, negative, neutral.</source>
        <translation>輸出欄「{name}」要從標籤清單中選擇，但清單中的標籤少於兩個。請以逗號分隔填寫標籤，例如 positive, negative, neutral。</translation>
    </message>
    <message>
        <source>The output column &quot;{name}&quot; has more than {count} labels.</source>
        <translation>輸出欄「{name}」的標籤超過 {count} 個。</translation>
    </message>
    <message>
        <source>At most {count} output columns can be asked for.</source>
        <translation>最多只能設定 {count} 個輸出欄。</translation>
    </message>
    <message>
        <source>&quot;{model}&quot; is not known to support JSON mode: the answers are asked for as JSON by the instruction alone, so a few may need another try.</source>
        <translation>未知「{model}」是否支援 JSON 模式：只能靠指令要求以 JSON 回答，因此少數回答可能需要重試。</translation>
    </message>
    <message>
        <source>JSON mode cannot be used with thinking on: the answers are asked for as JSON by the instruction alone, so a few may need another try.</source>
        <translation>開啟思考模式時不能使用 JSON 模式：只能靠指令要求以 JSON 回答，因此少數回答可能需要重試。</translation>
    </message>
    <message>
        <source>{model} makes vectors of {sizes} numbers; {value} is not one of them.</source>
        <translation>{model} 產生的向量長度為 {sizes}；{value} 不在其中。</translation>
    </message>
    <message>
        <source>Row {row}&apos;s text is about {tokens} tokens; an embedding input may be at most {limit} tokens, so the service may refuse or cut it. Split the text.</source>
        <translation>第 {row} 列的文字約 {tokens} 個 Token；向量化的輸入最多 {limit} 個 Token，服務可能會拒絕或截斷。請拆分文字。</translation>
    </message>
    <message>
        <source>The image &quot;{name}&quot; is {size_mb} MB; an image embedded in a batch request may be at most {max_mb} MB (a request line may be at most {line_mb} MB and images grow by a third when embedded). Make it smaller, or put it online and use its web address.</source>
        <translation>圖片「{name}」大小為 {size_mb} MB；內嵌於批次請求的圖片最大為 {max_mb} MB（一行請求最大 {line_mb} MB，且圖片內嵌後會增大三分之一）。請縮小圖片，或放到網路上並使用網址。</translation>
    </message>
    <message>
        <source>The image &quot;{name}&quot; cannot be read: {reason}.</source>
        <translation>無法讀取圖片「{name}」：{reason}。</translation>
    </message>
    <message>
        <source>The image &quot;{name}&quot; was not found (looked in {folder}). Check the file name, or use a full path or a web address (https://...).</source>
        <translation>找不到圖片「{name}」（已在 {folder} 中尋找）。請檢查檔名，或使用完整路徑或網址（https://...）。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is a folder, not an image file.</source>
        <translation>「{name}」是資料夾，不是圖片檔。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a picture the model can read (JPEG, PNG, GIF, BMP, TIFF or WEBP).</source>
        <translation>「{name}」不是模型可以讀取的圖片（JPEG、PNG、GIF、BMP、TIFF 或 WEBP）。</translation>
    </message>
    <message>
        <source>Row {row} makes a request of {size_mb} MB; one request may be at most {max_mb} MB. Shorten its text (or use smaller images or web addresses).</source>
        <translation>第 {row} 列產生的請求大小為 {size_mb} MB；單一請求最大為 {max_mb} MB。請縮短文字（或使用較小的圖片或網址）。</translation>
    </message>
    <message>
        <source>Line {line} alone is {size_mb} MB, more than a part may hold ({max_mb} MB). Shorten that request.</source>
        <translation>光是第 {line} 行就有 {size_mb} MB，超過了每個部分的上限（{max_mb} MB）。請縮短該請求。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
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
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>需要修正的地方</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>整個檔案</translation>
    </message>
    <message>
        <source>{message}

(code: {code})</source>
        <translation>{message}

（代碼：{code}）</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全部選擇</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部儲存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全部皆是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全部皆否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>終止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丟棄</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>還原到預設值</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>複製連結位址(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全部選擇</translation>
    </message>
</context>
<context>
    <name>RegionKeyRow</name>
    <message>
        <source>Paste the API key (sk-…) for this region</source>
        <translation>貼上這個地域的 API Key（sk-…）</translation>
    </message>
    <message>
        <source>API key for {region}</source>
        <translation>{region} 的 API Key</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>測試</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Save the key for {region}</source>
        <translation>儲存 {region} 的 API Key</translation>
    </message>
    <message>
        <source>Test the key for {region}</source>
        <translation>測試 {region} 的 API Key</translation>
    </message>
    <message>
        <source>Remove the key for {region}</source>
        <translation>移除 {region} 的 API Key</translation>
    </message>
    <message>
        <source>Key status for {region}</source>
        <translation>{region} 的 API Key 狀態</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>International (Singapore)</source>
        <translation>國際（新加坡）</translation>
    </message>
    <message>
        <source>Mainland China (Beijing)</source>
        <translation>中國內地（北京）</translation>
    </message>
    <message>
        <source>Sandbox (simulated, offline)</source>
        <translation>沙盒（模擬，離線）</translation>
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
        <translation>沙盒</translation>
    </message>
</context>
<context>
    <name>RequestsEditor</name>
    <message>
        <source>Requests</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>＋ Add row</source>
        <translation>＋ 新增一列</translation>
    </message>
    <message>
        <source>Add a request</source>
        <translation>新增一個請求</translation>
    </message>
    <message>
        <source>A new, empty request below the selected row</source>
        <translation>在所選列下方新增一個空白請求</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Duplicate the selected requests</source>
        <translation>複製所選請求</translation>
    </message>
    <message>
        <source>Copies of the selected rows with new IDs (Ctrl+D)</source>
        <translation>複製所選列並指派新的 ID（Ctrl+D）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete the selected requests</source>
        <translation>刪除所選請求</translation>
    </message>
    <message>
        <source>Delete the selected rows (Delete key)</source>
        <translation>刪除所選列（Delete 鍵）</translation>
    </message>
    <message>
        <source>Find… (Ctrl+F)</source>
        <translation>尋找…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>尋找文字</translation>
    </message>
    <message>
        <source>Searches IDs, prompts, system prompts and models</source>
        <translation>搜尋 ID、提示詞、系統提示詞和模型</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>尋找上一個</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一個符合項目</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>尋找下一個</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一個符合項目（Enter）</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>尋找結果</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <source>Problems summary</source>
        <translation>問題摘要</translation>
    </message>
    <message>
        <source>Problems found in the requests</source>
        <translation>在請求中發現的問題</translation>
    </message>
    <message>
        <source>Select a request to see all of it here.</source>
        <translation>選取一個請求即可在這裡查看其全部內容。</translation>
    </message>
    <message>
        <source>The selected request as JSON</source>
        <translation>所選請求的 JSON</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Apply the JSON changes to the request</source>
        <translation>將 JSON 的修改套用到請求</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>復原修改</translation>
    </message>
    <message>
        <source>Undo the JSON changes</source>
        <translation>復原 JSON 的修改</translation>
    </message>
    <message>
        <source>Checking every request…</source>
        <translation>正在檢查每個請求…</translation>
    </message>
    <message>
        <source>{name} was changed or removed by another program while it is open here. The table may show wrong rows: open the file again (your edits here are kept if you save them first).</source>
        <translation>{name} 在此開啟期間被其他程式修改或刪除了。表格可能顯示錯誤的列：請重新開啟檔案（如果先儲存，您在這裡的修改會保留）。</translation>
    </message>
    <message>
        <source>check the requests</source>
        <translation>檢查請求</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✓ No problems found.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✓ 未發現問題。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Problems: &lt;b&gt;{errors}&lt;/b&gt; error(s), &lt;b&gt;{warnings}&lt;/b&gt; warning(s) — click one to go to its line.</source>
        <translation>問題：&lt;b&gt;{errors}&lt;/b&gt; 個錯誤，&lt;b&gt;{warnings}&lt;/b&gt; 個警告——按某一項可跳到對應的行。</translation>
    </message>
    <message>
        <source>Only the first {shown} are listed.</source>
        <translation>只列出前 {shown} 個。</translation>
    </message>
    <message>
        <source>search the requests</source>
        <translation>搜尋請求</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>無符合項目</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>第 {n} 個，共 {total} 個</translation>
    </message>
    <message>
        <source>Line {line} is {size} KB — too large to show and edit here.</source>
        <translation>第 {line} 行有 {size} KB——太大，無法在這裡顯示和編輯。</translation>
    </message>
    <message>
        <source>Line {line} — edit any field here, then press Apply:</source>
        <translation>第 {line} 行——在這裡編輯任意欄位，然後按「套用」：</translation>
    </message>
    <message>
        <source>Line {line} is not a JSON request. Fix it here, then press Apply:</source>
        <translation>第 {line} 行不是 JSON 請求。請在這裡修正，然後按「套用」：</translation>
    </message>
    <message>
        <source>Not valid JSON yet ({detail}); the request was not changed.</source>
        <translation>還不是有效的 JSON（{detail}）；請求未被修改。</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Sheet row</source>
        <translation>試算表列</translation>
    </message>
    <message>
        <source>ID (custom_id)</source>
        <translation>ID（custom_id）</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示詞</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系統提示詞</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>(empty line)</source>
        <translation>（空白行）</translation>
    </message>
    <message>
        <source>[{count} image(s)] </source>
        <translation>[{count} 張圖片] </translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…還有 {count} 個</translation>
    </message>
    <message>
        <source>This line is not a JSON request. Fix it in the box on the right, then Apply.</source>
        <translation>這一行不是 JSON 請求。請在右側的方塊中修正，然後按「套用」。</translation>
    </message>
    <message>
        <source>Double-click to edit.</source>
        <translation>按兩下即可編輯。</translation>
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
        <translation>失敗</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
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
        <translation>提示詞</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>思考過程</translation>
    </message>
    <message>
        <source>Finish reason</source>
        <translation>結束原因</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>錯誤代碼</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>錯誤訊息</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 數</translation>
    </message>
    <message>
        <source>Embedding dimension</source>
        <translation>向量維度</translation>
    </message>
    <message>
        <source>Answered by re-run</source>
        <translation>由重新執行回答</translation>
    </message>
    <message>
        <source>{total} ({prompt} in + {completion} out)</source>
        <translation>{total}（輸入 {prompt} + 輸出 {completion}）</translation>
    </message>
    <message>
        <source>Needs another try</source>
        <translation>需要重試</translation>
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
        <translation>錯誤：{reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未說明原因</translation>
    </message>
    <message>
        <source>[{count} embedding(s), {dim} dimensions]</source>
        <translation>[{count} 個向量，{dim} 維]</translation>
    </message>
    <message>
        <source>{text}; {thinking} of the output tokens were thinking</source>
        <translation>{text}；其中 {thinking} 個輸出 Token 用於思考</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <source>Results — {name}</source>
        <translation>結果 — {name}</translation>
    </message>
    <message>
        <source>Opening the answers…</source>
        <translation>正在開啟結果…</translation>
    </message>
    <message>
        <source>Results summary</source>
        <translation>結果摘要</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
        <source>Show rows with status</source>
        <translation>顯示具有此狀態的列</translation>
    </message>
    <message>
        <source>Available once every row&apos;s status is known</source>
        <translation>在確定每一列的狀態後可用</translation>
    </message>
    <message>
        <source>Re-run failed + missing</source>
        <translation>重新執行失敗與缺少的請求</translation>
    </message>
    <message>
        <source>Re-run the failed and missing rows as a new job</source>
        <translation>將失敗與缺少的列作為新工作重新執行</translation>
    </message>
    <message>
        <source>Sends exactly the failed and missing requests again; the answers merge into these results.</source>
        <translation>只重新送出失敗與缺少的請求；其結果會合併到這些結果中。</translation>
    </message>
    <message>
        <source>Export CSV for Excel…</source>
        <translation>匯出 Excel 用 CSV…</translation>
    </message>
    <message>
        <source>Export the results as CSV for Excel</source>
        <translation>將結果匯出為 Excel 用 CSV</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>匯出 XLSX…</translation>
    </message>
    <message>
        <source>Export the results as an Excel workbook</source>
        <translation>將結果匯出為 Excel 活頁簿</translation>
    </message>
    <message>
        <source>Export raw JSONL…</source>
        <translation>匯出原始 JSONL…</translation>
    </message>
    <message>
        <source>Export the raw answer lines as JSONL</source>
        <translation>將原始回答行匯出為 JSONL</translation>
    </message>
    <message>
        <source>Results rows</source>
        <translation>結果列</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>所選列</translation>
    </message>
    <message>
        <source>Select a row to read its request and answer in full.</source>
        <translation>選取一列即可完整閱讀其請求和回答。</translation>
    </message>
    <message>
        <source>Results status</source>
        <translation>結果狀態</translation>
    </message>
    <message>
        <source>count the answers</source>
        <translation>統計回答</translation>
    </message>
    <message>
        <source>{rows} rows in input order. Counting answers…</source>
        <translation>依輸入順序共 {rows} 列。正在統計回答…</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>所有列</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Missing (never answered)</source>
        <translation>缺少（從未回答）</translation>
    </message>
    <message>
        <source>Failed or missing</source>
        <translation>失敗或缺少</translation>
    </message>
    <message>
        <source>Export answers as CSV for Excel</source>
        <translation>將結果匯出為 Excel 用 CSV</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export answers as an Excel workbook</source>
        <translation>將結果匯出為 Excel 活頁簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the raw answer lines</source>
        <translation>匯出原始回答行</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Columns of the exported file</source>
        <translation>匯出檔案的欄</translation>
    </message>
    <message>
        <source>Your sheet + answers</source>
        <translation>你的表格 + 回答</translation>
    </message>
    <message>
        <source>All columns (technical)</source>
        <translation>所有欄（技術資訊）</translation>
    </message>
    <message>
        <source>Your sheet + answers: your own columns in their order, then the answers, then a status. All columns: also the request id, status code, tokens and finish reason of every answer.</source>
        <translation>你的表格 + 回答：先是你自己的欄（順序不變），然後是回答，最後是狀態。所有欄：另外包括每個回答的請求 ID、狀態碼、Token 數和結束原因。</translation>
    </message>
    <message>
        <source>read the rows</source>
        <translation>讀取列</translation>
    </message>
    <message>
        <source>Reading the rows… ({rows} so far)</source>
        <translation>正在讀取列……（已讀取 {rows} 列）</translation>
    </message>
    <message>
        <source>{label} ({count})</source>
        <translation>{label}（{count}）</translation>
    </message>
    <message>
        <source>Show only rows with this status</source>
        <translation>只顯示具有此狀態的列</translation>
    </message>
    <message>
        <source>Re-run failed + missing ({count})</source>
        <translation>重新執行失敗與缺少的請求（{count}）</translation>
    </message>
    <message>
        <source>{rows} rows in input order.</source>
        <translation>依輸入順序共 {rows} 列。</translation>
    </message>
    <message>
        <source>read the answers</source>
        <translation>讀取結果</translation>
    </message>
    <message>
        <source>{ok} answered · {failed} failed · {missing} missing, of {total} rows.</source>
        <translation>{ok} 個已回答 · {failed} 個失敗 · {missing} 個缺少，共 {total} 列。</translation>
    </message>
    <message>
        <source>Tokens: {prompt} in, {completion} out (thinking included), {total} in all.</source>
        <translation>Token：輸入 {prompt}，輸出 {completion}（含思考），共 {total}。</translation>
    </message>
    <message>
        <source>{rows} rows.</source>
        <translation>{rows} 列。</translation>
    </message>
    <message>
        <source>Comparing {variants}: the table shows {shown}; exports put every model side by side.</source>
        <translation>正在比較 {variants}：表格顯示的是 {shown}；匯出時所有模型並排。</translation>
    </message>
    <message>
        <source>Not downloaded yet: {variants}.</source>
        <translation>尚未下載：{variants}。</translation>
    </message>
    <message>
        <source>Includes the answers of {count} re-run(s): the newest answer of each row is shown.</source>
        <translation>包含 {count} 次重新執行的結果：每列顯示最新的回答。</translation>
    </message>
    <message>
        <source>Cost at batch prices: {cost}.</source>
        <translation>按批次價格的費用：{cost}。</translation>
    </message>
    <message>
        <source>Cost at batch prices: {each} (not all variants are downloaded yet).</source>
        <translation>按批次價格的費用：{each}（尚未下載全部變體）。</translation>
    </message>
    <message>
        <source>Cost at batch prices: {each} · all variants: {total}.</source>
        <translation>按批次價格的費用：{each} · 全部變體：{total}。</translation>
    </message>
    <message>
        <source>filter the rows</source>
        <translation>篩選列</translation>
    </message>
    <message>
        <source>{shown} of {rows} rows, in input order.</source>
        <translation>依輸入順序顯示 {shown}/{rows} 列。</translation>
    </message>
    <message>
        <source>show the row</source>
        <translation>顯示該列</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>第 {number} 列</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>思考過程</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>An embedding of {dim} dimensions.</source>
        <translation>一個 {dim} 維的向量。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>The service returned no answer for this request.</source>
        <translation>服務沒有為此請求傳回回答。</translation>
    </message>
    <message>
        <source>finish reason: {reason}</source>
        <translation>結束原因：{reason}</translation>
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
        <translation>由重新執行 {batch} 回答</translation>
    </message>
    <message>
        <source>export the answers</source>
        <translation>匯出結果</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>正在儲存 {path}…</translation>
    </message>
    <message>
        <source>Saved {rows} rows to {path} in {time}.</source>
        <translation>已將 {rows} 列儲存到 {path}，耗時 {time}。</translation>
    </message>
    <message>
        <source>Saved {rows} rows to {path} — {ok} answered, {failed} failed, {missing} without an answer.</source>
        <translation>已將 {rows} 列儲存到 {path}——{ok} 個已回答，{failed} 個失敗，{missing} 個沒有回答。</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已儲存 {name}</translation>
    </message>
    <message>
        <source>vectors for code: {name}</source>
        <translation>供程式使用的向量：{name}</translation>
    </message>
    <message>
        <source>XLSX keeps every cell exactly as written, with no Excel tricks.</source>
        <translation>XLSX 會原樣保留每個儲存格，無需任何 Excel 技巧。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>向量</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>請求 ID</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示詞</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>needs another try</source>
        <translation>需要重試</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>無回答</translation>
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
        <translation>作業</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>批次 ID</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>請求數</translation>
    </message>
    <message>
        <source>prompt tokens</source>
        <translation>輸入 token 數</translation>
    </message>
    <message>
        <source>completion tokens (thinking included)</source>
        <translation>輸出 token 數（含思考）</translation>
    </message>
    <message>
        <source>total tokens</source>
        <translation>token 總數</translation>
    </message>
    <message>
        <source>cost at batch prices</source>
        <translation>按批次價格的費用</translation>
    </message>
    <message>
        <source>cost of all variants at batch prices</source>
        <translation>全部變體按批次價格的費用</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免費</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>未知（{reason}）</translation>
    </message>
    <message>
        <source>{column}: the variants agree</source>
        <translation>{column}：各變體一致</translation>
    </message>
    <message>
        <source>{agree} of {compared} ({share})</source>
        <translation>{compared} 列中 {agree} 列（{share}）</translation>
    </message>
    <message>
        <source>cells cut to {limit} characters</source>
        <translation>截斷為 {limit} 個字元的儲存格</translation>
    </message>
</context>
<context>
    <name>SavedFileBar</name>
    <message>
        <source>Exported file</source>
        <translation>已匯出的檔案</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>開啟匯出的檔案</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在資料夾中顯示</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>在所在資料夾中顯示匯出的檔案</translation>
    </message>
</context>
<context>
    <name>ServerWaits</name>
    <message>
        <source>Checking whether the batch was created, in {seconds} s</source>
        <translation>{seconds} 秒後檢查批次工作是否已建立</translation>
    </message>
    <message>
        <source>Connection problem, retrying in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>連線發生問題，{seconds} 秒後重試（第 {attempt} 次，共 {attempts} 次）</translation>
    </message>
    <message>
        <source>Server busy, retrying in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>伺服器忙碌中，{seconds} 秒後重試（第 {attempt} 次，共 {attempts} 次）</translation>
    </message>
    <message>
        <source>No answer from the server yet ({seconds} s); still waiting, for up to {limit} s</source>
        <translation>伺服器尚未回應（{seconds} 秒）；仍在等待，最多等待 {limit} 秒</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Each region has &lt;b&gt;its own API key&lt;/b&gt;: a Singapore key does not work in Beijing. Keys are kept in your system&apos;s keychain, never in a file, and are never shown again after saving.</source>
        <translation>每個地域都有&lt;b&gt;自己的 API Key&lt;/b&gt;：新加坡的 Key 在北京無法使用。API Key 儲存在系統鑰匙圈中，絕不寫入檔案，儲存後也不會再顯示。</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>正在尋找系統鑰匙圈…</translation>
    </message>
    <message>
        <source>Where keys are stored</source>
        <translation>API Key 的儲存位置</translation>
    </message>
    <message>
        <source>API keys by region</source>
        <translation>各地域的 API Key</translation>
    </message>
    <message>
        <source>Add another OpenAI-compatible endpoint</source>
        <translation>加入其他相容 OpenAI 的端點</translation>
    </message>
    <message>
        <source>Name, e.g. Frankfurt</source>
        <translation>名稱，例如 Frankfurt</translation>
    </message>
    <message>
        <source>Custom endpoint name</source>
        <translation>自訂端點名稱</translation>
    </message>
    <message>
        <source>Base URL, e.g. https://example.com/compatible-mode/v1</source>
        <translation>Base URL，例如 https://example.com/compatible-mode/v1</translation>
    </message>
    <message>
        <source>Custom endpoint base URL</source>
        <translation>自訂端點的 Base URL</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>加入端點</translation>
    </message>
    <message>
        <source>Add the custom endpoint</source>
        <translation>加入自訂端點</translation>
    </message>
    <message>
        <source>Spending cap</source>
        <translation>支出上限</translation>
    </message>
    <message>
        <source>&amp;Cap per job:</source>
        <translation>每個任務的上限(&amp;C)：</translation>
    </message>
    <message>
        <source>Spending cap per job</source>
        <translation>每個任務的支出上限</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不設上限</translation>
    </message>
    <message>
        <source>In the region&apos;s currency. A submit whose upper estimate is above it — or cannot be estimated — is refused with the numbers. The free test model and the sandbox are never capped.</source>
        <translation>以地域的幣別計。預估上限超過此值（或無法估算）的提交將被拒絕，並顯示相關數字。免費測試模型和沙盒不受此限制。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>視窗語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>視窗語言</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>跟隨系統語言（{language}）</translation>
    </message>
    <message>
        <source>A new language takes effect after you restart Batch Desk.</source>
        <translation>新的語言會在重新啟動 Batch Desk 後生效。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重新啟動</translation>
    </message>
    <message>
        <source>Restart Batch Desk in the new language</source>
        <translation>以新語言重新啟動 Batch Desk</translation>
    </message>
    <message>
        <source>When the window is closed</source>
        <translation>關閉視窗後</translation>
    </message>
    <message>
        <source>Keep checking jobs in the background, from an icon in the system tray (menu bar)</source>
        <translation>在背景繼續檢查工作（系統匣 / 選單列中顯示圖示）</translation>
    </message>
    <message>
        <source>Keep checking jobs in the background</source>
        <translation>在背景繼續檢查工作</translation>
    </message>
    <message>
        <source>Batch Desk then tells you when a job ends even after you close its window; choose Quit (Ctrl+Q) to stop it.</source>
        <translation>這樣即使關閉視窗，Batch Desk 也會在工作結束時通知您；選擇「結束」（Ctrl+Q）可停止它。</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so checking stops when the window closes. Your jobs keep running on the server (up to 14 days): start Batch Desk again and it picks them up and downloads the answers.</source>
        <translation>此桌面不顯示系統匣圖示，因此視窗關閉後將停止檢查。您的工作會繼續在伺服器上執行（最長 14 天）：再次啟動 Batch Desk，它會接著檢查並下載回答。</translation>
    </message>
    <message>
        <source>Saved. Restart Batch Desk to see the new language.</source>
        <translation>已儲存。重新啟動 Batch Desk 即可看到新的語言。</translation>
    </message>
    <message>
        <source>save the key</source>
        <translation>儲存 API Key</translation>
    </message>
    <message>
        <source>test the key</source>
        <translation>測試 API Key</translation>
    </message>
    <message>
        <source>remove the key</source>
        <translation>移除 API Key</translation>
    </message>
    <message>
        <source>A key is stored ({masked}).</source>
        <translation>已儲存一個 API Key（{masked}）。</translation>
    </message>
    <message>
        <source>No key yet. Get one at &lt;a href=&apos;{url}&apos;&gt;the {region} console&lt;/a&gt;.</source>
        <translation>還沒有 API Key。請到&lt;a href=&apos;{url}&apos;&gt;{region} 主控台&lt;/a&gt;取得。</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>還沒有 API Key。</translation>
    </message>
    <message>
        <source>Keys are stored in: &lt;b&gt;{where}&lt;/b&gt;.</source>
        <translation>API Key 儲存在：&lt;b&gt;{where}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>⚠ {problem} Nothing is written to disk.</source>
        <translation>⚠ {problem} 不會寫入磁碟。</translation>
    </message>
    <message>
        <source>no keychain service was found</source>
        <translation>找不到鑰匙圈服務</translation>
    </message>
    <message>
        <source>⚠ No system keychain is available ({problem}). A key you save is kept &lt;b&gt;for this session only&lt;/b&gt; and forgotten when the app closes — nothing is written to disk.</source>
        <translation>⚠ 沒有可用的系統鑰匙圈（{problem}）。您儲存的 API Key &lt;b&gt;只在本次工作階段中&lt;/b&gt;保留，應用程式關閉後即被遺忘——不會寫入磁碟。</translation>
    </message>
    <message>
        <source>Paste a key first.</source>
        <translation>請先貼上 API Key。</translation>
    </message>
    <message>
        <source>{where} Press Test to check it with the server.</source>
        <translation>{where} 按「測試」可向伺服器檢查它。</translation>
    </message>
    <message>
        <source>There is no key to test. Paste one first.</source>
        <translation>沒有可測試的 API Key。請先貼上一個。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在測試…</translation>
    </message>
    <message>
        <source>✓ The key works in this region.</source>
        <translation>✓ 這個 API Key 在此地域可用。</translation>
    </message>
    <message>
        <source>Removed. This region has no key now.</source>
        <translation>已移除。這個地域現在沒有 API Key。</translation>
    </message>
    <message>
        <source>Added “{name}”. Save its key above; it appears in the region list after a restart.</source>
        <translation>已加入「{name}」。請在上方儲存它的 API Key；重新啟動後它會出現在地域清單中。</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>← Choose another file</source>
        <translation>← 選擇其他檔案</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>選擇其他檔案</translation>
    </message>
    <message>
        <source>Mapping status</source>
        <translation>對應狀態</translation>
    </message>
    <message>
        <source>Create requests →</source>
        <translation>產生請求 →</translation>
    </message>
    <message>
        <source>Create the requests</source>
        <translation>產生請求</translation>
    </message>
    <message>
        <source>1. How to read the file</source>
        <translation>1. 如何讀取檔案</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文字編碼</translation>
    </message>
    <message>
        <source>Te&amp;xt encoding:</source>
        <translation>文字編碼(&amp;X)：</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>欄分隔符號</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗號（,）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab 字元</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分號（;）</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>直線（|）</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>分隔符號(&amp;S)：</translation>
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
        <translation>第一列是欄位名稱</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>第一列是標題列</translation>
    </message>
    <message>
        <source>What was detected</source>
        <translation>偵測結果</translation>
    </message>
    <message>
        <source>Problem reading the file</source>
        <translation>讀取檔案時發生問題</translation>
    </message>
    <message>
        <source>Preview of the table</source>
        <translation>表格預覽</translation>
    </message>
    <message>
        <source>2. Turn each row into a request</source>
        <translation>2. 把每一列變成一個請求</translation>
    </message>
    <message>
        <source>Request ID column</source>
        <translation>請求 ID 欄</translation>
    </message>
    <message>
        <source>Each request needs its own ID, so each answer can be matched to its row. Pick a column, or let the app number the rows.</source>
        <translation>每個請求都需要唯一的 ID，這樣每個回答才能對應到它的列。請選擇一欄，或讓應用程式為各列自動編號。</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>提示詞範本</translation>
    </message>
    <message>
        <source>e.g. Translate into English: {text}</source>
        <translation>例如 Translate into English: {text}</translation>
    </message>
    <message>
        <source>The prompt sent for each row. {column} is replaced by that row&apos;s cell; write {{ or }} for a brace.</source>
        <translation>每一列送出的提示詞。{column} 會被替換為該列對應的儲存格；要寫大括號本身，請寫 {{ 或 }}。</translation>
    </message>
    <message>
        <source>Insert column ▾</source>
        <translation>插入欄 ▾</translation>
    </message>
    <message>
        <source>Insert a column into the prompt</source>
        <translation>在提示詞中插入一欄</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>提示詞(&amp;P)：</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系統提示詞</translation>
    </message>
    <message>
        <source>Optional: instructions for every request, e.g. You are a careful translator.</source>
        <translation>選填：每個請求共用的說明，例如 You are a careful translator.</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>系統提示詞(&amp;Y)：</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>請求類型</translation>
    </message>
    <message>
        <source>Chat (answers)</source>
        <translation>對話（回答）</translation>
    </message>
    <message>
        <source>Embeddings (vectors)</source>
        <translation>向量（Embedding）</translation>
    </message>
    <message>
        <source>Free test model (dummy answers)</source>
        <translation>免費測試模型（示範回答）</translation>
    </message>
    <message>
        <source>Chat: the model writes an answer to each prompt. Embeddings: a vector for each text. Free test model: checks the file and the connection; the answers are placeholders.</source>
        <translation>對話：模型為每個提示詞寫一個回答。向量：為每段文字產生一個向量。免費測試模型：檢查檔案和連線，回答只是佔位內容。</translation>
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
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>模型預設值</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Lower is more predictable, higher more varied (0 up to 2).</source>
        <translation>越低越穩定，越高越多樣（0 到 2，不含 2）。</translation>
    </message>
    <message>
        <source>top_p</source>
        <translation>top_p</translation>
    </message>
    <message>
        <source>Longest answer in tokens (max_tokens)</source>
        <translation>回答的最大長度（Token 數，max_tokens）</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 Token 數</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>參數：</translation>
    </message>
    <message>
        <source>Thinking mode (enable_thinking)</source>
        <translation>思考模式（enable_thinking）</translation>
    </message>
    <message>
        <source>Off — answer directly (enable_thinking: false)</source>
        <translation>關——直接回答（enable_thinking: false）</translation>
    </message>
    <message>
        <source>On — think first (enable_thinking: true)</source>
        <translation>開——先思考（enable_thinking: true）</translation>
    </message>
    <message>
        <source>Thinking tokens are billed as output tokens: with thinking on, answers cost more and take longer.</source>
        <translation>思考 Token 以輸出 Token 計費：開啟思考後，回答更貴，耗時也更長。</translation>
    </message>
    <message>
        <source>&amp;Thinking:</source>
        <translation>思考(&amp;T)：</translation>
    </message>
    <message>
        <source>Image column</source>
        <translation>圖片欄</translation>
    </message>
    <message>
        <source>For vision models (qwen-vl-*): a column with image web addresses or file paths. Local pictures are embedded (at most 4 MB each).</source>
        <translation>用於視覺模型（qwen-vl-*）：包含圖片網址或檔案路徑的欄。本機圖片會被內嵌（每張最大 4 MB）。</translation>
    </message>
    <message>
        <source>I&amp;mages:</source>
        <translation>圖片(&amp;M)：</translation>
    </message>
    <message>
        <source>Ans&amp;wer columns:</source>
        <translation>回答欄(&amp;W)：</translation>
    </message>
    <message>
        <source>Problems with the mapping</source>
        <translation>對應中的問題</translation>
    </message>
    <message>
        <source>3. The request for the selected row</source>
        <translation>3. 所選列的請求</translation>
    </message>
    <message>
        <source>Select a row on the left to see its request.</source>
        <translation>在左側選取一列即可查看它的請求。</translation>
    </message>
    <message>
        <source>Prompt of the selected row</source>
        <translation>所選列的提示詞</translation>
    </message>
    <message>
        <source>Request preview (JSON)</source>
        <translation>請求預覽（JSON）</translation>
    </message>
    <message>
        <source>close the previous table</source>
        <translation>關閉之前的表格</translation>
    </message>
    <message>
        <source>close the table</source>
        <translation>關閉表格</translation>
    </message>
    <message>
        <source>Detected encoding: {label}. {reason}</source>
        <translation>偵測到的編碼：{label}。{reason}</translation>
    </message>
    <message>
        <source>Read as {label} (your choice).</source>
        <translation>以 {label} 讀取（您的選擇）。</translation>
    </message>
    <message>
        <source>Cells separated by: {name}.</source>
        <translation>儲存格分隔符號：{name}。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of {count}.</source>
        <translation>工作表「{sheet}」（共 {count} 個）。</translation>
    </message>
    <message>
        <source>If the text below looks wrong (boxes or odd characters), choose another encoding.</source>
        <translation>如果下方的文字顯示不正常（方框或怪字元），請選擇其他編碼。</translation>
    </message>
    <message>
        <source>Numbers and dates are shown as Excel shows them.</source>
        <translation>數字和日期依 Excel 中的顯示方式呈現。</translation>
    </message>
    <message>
        <source>{name}: {rows} rows · {columns} columns.</source>
        <translation>{name}：{rows} 列 · {columns} 欄。</translation>
    </message>
    <message>
        <source>{name}: about {rows} rows · {columns} columns. The first {shown} rows:</source>
        <translation>{name}：約 {rows} 列 · {columns} 欄。前 {shown} 列：</translation>
    </message>
    <message>
        <source>Number the rows for me (row-2, row-3, …)</source>
        <translation>幫我為各列編號（row-2、row-3、…）</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>無圖片</translation>
    </message>
    <message>
        <source>Column “{name}”</source>
        <translation>「{name}」欄</translation>
    </message>
    <message>
        <source>read the file again</source>
        <translation>重新讀取檔案</translation>
    </message>
    <message>
        <source>The file cannot be read this way: {reason}</source>
        <translation>無法以這種方式讀取檔案：{reason}</translation>
    </message>
    <message>
        <source>show the request preview</source>
        <translation>顯示請求預覽</translation>
    </message>
    <message>
        <source>⚠ Not in this region&apos;s documented batch models — it may not work there.</source>
        <translation>⚠ 不在該地域文件列出的批次模型中——可能無法使用。</translation>
    </message>
    <message>
        <source>Create {rows} requests →</source>
        <translation>產生 {rows} 個請求 →</translation>
    </message>
    <message>
        <source>Fix the problem shown in red to continue.</source>
        <translation>請修正紅色顯示的問題後繼續。</translation>
    </message>
    <message>
        <source>Next: create the requests, then check and edit them before anything is sent.</source>
        <translation>下一步：產生請求，然後在送出之前檢查和編輯它們。</translation>
    </message>
    <message>
        <source>Column “{column}”: {blank} blank and {repeated} repeated ID(s) in the rows shown. Every request needs its own ID: fix them in the next step, or let the app number the rows.</source>
        <translation>「{column}」欄：在顯示的列中有 {blank} 個空白 ID 和 {repeated} 個重複 ID。每個請求都需要唯一的 ID：請在下一步中修正，或讓應用程式為各列自動編號。</translation>
    </message>
    <message>
        <source>The table has no data rows.</source>
        <translation>表格中沒有資料列。</translation>
    </message>
    <message>
        <source>Sheet row {row} cannot become a request: {reason}</source>
        <translation>試算表第 {row} 列無法產生請求：{reason}</translation>
    </message>
    <message>
        <source>Fix the mapping above to see the request for sheet row {row}.</source>
        <translation>請修正上面的對應，以查看試算表第 {row} 列的請求。</translation>
    </message>
    <message>
        <source>Sheet row {row} → prompt: &lt;b&gt;{prompt}&lt;/b&gt;</source>
        <translation>試算表第 {row} 列 → 提示詞：&lt;b&gt;{prompt}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Steps</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>已開啟的檔案</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>開啟其他檔案…</translation>
    </message>
    <message>
        <source>Open another file</source>
        <translation>開啟其他檔案</translation>
    </message>
    <message>
        <source>Or drop a file anywhere on this window (Ctrl+O)</source>
        <translation>也可以把檔案拖到這個視窗的任何位置（Ctrl+O）</translation>
    </message>
    <message>
        <source>create the requests</source>
        <translation>產生請求</translation>
    </message>
    <message>
        <source>Drop your spreadsheet or batch file here</source>
        <translation>將試算表或批次檔案拖放到這裡</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xls), LibreOffice (.ods), CSV / TSV / TXT saved in any common encoding (Chinese, Japanese, Korean, Western), or a ready JSONL batch file. You choose how each row becomes a request and check everything before anything is uploaded.</source>
        <translation>Excel（.xlsx、.xls）、LibreOffice（.ods）、以任何常見編碼（中文、日文、韓文、西文）儲存的 CSV / TSV / TXT，或現成的 JSONL 批次檔案。由您決定每一列如何變成一個請求，並在上傳前檢查所有內容。</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>開啟檔案…</translation>
    </message>
    <message>
        <source>Open a spreadsheet or batch file</source>
        <translation>開啟試算表或批次檔案</translation>
    </message>
    <message>
        <source>Try a sample: translate Chinese and Japanese sentences</source>
        <translation>試用範例：翻譯中文和日文句子</translation>
    </message>
    <message>
        <source>Open the sample spreadsheet</source>
        <translation>開啟範例試算表</translation>
    </message>
    <message>
        <source>No file yet. Step 1: add your file. Step 2: check it. Step 3: submit.</source>
        <translation>還沒有檔案。第 1 步：加入檔案。第 2 步：檢查。第 3 步：送出。</translation>
    </message>
    <message>
        <source>File summary</source>
        <translation>檔案摘要</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>費用預估</translation>
    </message>
    <message>
        <source>Split offer</source>
        <translation>拆分建議</translation>
    </message>
    <message>
        <source>Rehearsal result</source>
        <translation>試跑結果</translation>
    </message>
    <message>
        <source>Shown in the job list</source>
        <translation>顯示在工作清單中</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>批次名稱</translation>
    </message>
    <message>
        <source>Optional, up to 200 characters</source>
        <translation>選填，最多 200 個字元</translation>
    </message>
    <message>
        <source>Batch description</source>
        <translation>批次描述</translation>
    </message>
    <message>
        <source>Completion window</source>
        <translation>完成時限</translation>
    </message>
    <message>
        <source>How long the service may take: 24h to 336h (14d). Requests not done by then are not run and not billed.</source>
        <translation>服務可以花多久時間：24h 到 336h（14d）。屆時仍未完成的請求不會執行，也不計費。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Finish &amp;within:</source>
        <translation>完成時限(&amp;W)：</translation>
    </message>
    <message>
        <source>← Change the columns</source>
        <translation>← 變更欄位設定</translation>
    </message>
    <message>
        <source>Back to the column mapping</source>
        <translation>返回欄位對應</translation>
    </message>
    <message>
        <source>Creating the requests again replaces the edits made in this table.</source>
        <translation>重新產生請求會取代在此表格中所做的修改。</translation>
    </message>
    <message>
        <source>Save as JSONL…</source>
        <translation>另存為 JSONL…</translation>
    </message>
    <message>
        <source>Save the requests as a JSONL file</source>
        <translation>將請求儲存為 JSONL 檔案</translation>
    </message>
    <message>
        <source>UTF-8, one request per line (Ctrl+S)</source>
        <translation>UTF-8，每行一個請求（Ctrl+S）</translation>
    </message>
    <message>
        <source>Try on the test model (free)</source>
        <translation>用測試模型試跑（免費）</translation>
    </message>
    <message>
        <source>Try the first requests on the free test model</source>
        <translation>用免費測試模型試跑前幾個請求</translation>
    </message>
    <message>
        <source>Sends up to the first 100 requests to batch-test-model in this region. It costs nothing and shows whether the file and the connection work, before the real run.</source>
        <translation>把前最多 100 個請求送到本地域的 batch-test-model。不收費，可以在正式執行前確認檔案和連線是否正常。</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>上傳進度</translation>
    </message>
    <message>
        <source>Submit batch</source>
        <translation>送出批次</translation>
    </message>
    <message>
        <source>Upload the file and start the batch (Ctrl+Enter)</source>
        <translation>上傳檔案並啟動批次（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>加入檔案</translation>
    </message>
    <message>
        <source>Map columns</source>
        <translation>對應欄位</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>檢查並送出</translation>
    </message>
    <message>
        <source>Please drop one file at a time; the first one is opened.</source>
        <translation>請一次只拖入一個檔案；已開啟第一個。</translation>
    </message>
    <message>
        <source>open the file</source>
        <translation>開啟檔案</translation>
    </message>
    <message>
        <source>Spreadsheets and batch files ({patterns});;Batch files (*.jsonl);;All files (*)</source>
        <translation>試算表和批次檔案 ({patterns});;批次檔案 (*.jsonl);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>“{name}” is a folder. Drop a spreadsheet or a .jsonl file instead.</source>
        <translation>「{name}」是一個資料夾。請改為拖入試算表或 .jsonl 檔案。</translation>
    </message>
    <message>
        <source>The file {path} cannot be found. It may have been moved or deleted.</source>
        <translation>找不到檔案 {path}。它可能已被移動或刪除。</translation>
    </message>
    <message>
        <source>Reading &lt;b&gt;{name}&lt;/b&gt;…</source>
        <translation>正在讀取 &lt;b&gt;{name}&lt;/b&gt;…</translation>
    </message>
    <message>
        <source>Opening &lt;b&gt;{name}&lt;/b&gt;…</source>
        <translation>正在開啟 &lt;b&gt;{name}&lt;/b&gt;…</translation>
    </message>
    <message>
        <source>estimate the cost</source>
        <translation>預估費用</translation>
    </message>
    <message>
        <source>Estimating the cost…</source>
        <translation>正在預估費用…</translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation>等待您的確認…</translation>
    </message>
    <message>
        <source>Not submitted: nothing was sent.</source>
        <translation>未提交：沒有傳送任何內容。</translation>
    </message>
    <message>
        <source>Submitted “{name}” as {count} batches ({variants}), each billed. The results put their answers side by side once they are all downloaded.</source>
        <translation>已將「{name}」作為 {count} 個批次提交（{variants}），每個都會計費。全部下載後，結果中會並排顯示它們的回答。</translation>
    </message>
    <message>
        <source>The file {name} could not be read ({reason}). Check that it is not open in another program.</source>
        <translation>無法讀取檔案 {name}（{reason}）。請確認它沒有在其他程式中開啟。</translation>
    </message>
    <message>
        <source>Creating the requests…</source>
        <translation>正在產生請求…</translation>
    </message>
    <message>
        <source>The requests could not be created.</source>
        <translation>無法產生請求。</translation>
    </message>
    <message>
        <source>prompt B</source>
        <translation>提示詞 B</translation>
    </message>
    <message>
        <source>Your unsaved edits were kept in {path}.</source>
        <translation>您未儲存的修改已保存在 {path}。</translation>
    </message>
    <message>
        <source>File: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>檔案：&lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Finish callback address</source>
        <translation>完成回呼位址</translation>
    </message>
    <message>
        <source>Optional, advanced: a public https:// address the service calls when the job ends</source>
        <translation>選用，進階：工作結束時服務呼叫的公開 https:// 位址</translation>
    </message>
    <message>
        <source>Beijing only (metadata.ds_batch_finish_callback). The service sends a POST to this address when the job ends, so a server of yours learns about it without this app running.</source>
        <translation>僅限北京（metadata.ds_batch_finish_callback）。工作結束時，服務會向此位址傳送 POST 請求，這樣即使本應用程式未執行，您的伺服器也能得知。</translation>
    </message>
    <message>
        <source>Finish ca&amp;llback:</source>
        <translation>完成回呼(&amp;L):</translation>
    </message>
    <message>
        <source>New requests</source>
        <translation>新請求</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {rows} rows · checking…</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {rows} 列 · 正在檢查…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {requests} requests · {size} · model {models} · endpoint {endpoint}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {requests} 個請求 · {size} · 模型 {models} · 端點 {endpoint}</translation>
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
        <translation>&lt;i&gt;已編輯，未儲存&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1a5fb4&apos;&gt;ℹ Over the per-file limit — it can be sent as {parts} parts.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1a5fb4&apos;&gt;ℹ 超過單一檔案的上限——可以拆成 {parts} 個部分送出。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;✕ {errors} error(s) must be fixed before submitting.&lt;/span&gt; Click a problem below to go to its line, then edit the cell.</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;✕ 有 {errors} 個錯誤需要在送出前修正。&lt;/span&gt;按下方的問題可跳到對應的行，然後編輯儲存格。</translation>
    </message>
    <message>
        <source>There are also {warnings} warning(s).</source>
        <translation>另有 {warnings} 個警告。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a05a00&apos;&gt;⚠ {warnings} warning(s) — you can still submit.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a05a00&apos;&gt;⚠ {warnings} 個警告——仍然可以送出。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✓ No problems found. Ready to submit.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✓ 未發現問題。可以送出。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>This file has {requests} requests ({size}), more than one batch may hold. Submit can split it into {parts} parts of at most {largest} requests that each fit, and send them as one job group: the answers come back together in Jobs and results.</source>
        <translation>此檔案有 {requests} 個請求（{size}），超過了一個批次的容量。送出時可以拆成 {parts} 個部分，每部分最多 {largest} 個請求，並作為一個工作組送出：結果會一起出現在「工作與結果」中。</translation>
    </message>
    <message>
        <source>Note: the test model runs at most {tasks} jobs at a time, so the other parts are refused until earlier ones finish. Use a smaller sample for the free test.</source>
        <translation>注意：測試模型同時最多執行 {tasks} 個工作，因此在前面的部分完成之前，其他部分會被拒絕。免費測試請使用較小的範例。</translation>
    </message>
    <message>
        <source>Submit again anyway</source>
        <translation>仍要再次提交</translation>
    </message>
    <message>
        <source>Submit as {parts} parts</source>
        <translation>拆成 {parts} 個部分送出</translation>
    </message>
    <message>
        <source>Submit {count} batches (one per model)</source>
        <translation>提交 {count} 個批次（每個模型一個）</translation>
    </message>
    <message>
        <source>Submit {count} batches (one per prompt)</source>
        <translation>提交 {count} 個批次（每個提示詞一個）</translation>
    </message>
    <message>
        <source>Save the requests</source>
        <translation>儲存請求</translation>
    </message>
    <message>
        <source>Batch files (*.jsonl)</source>
        <translation>批次檔案 (*.jsonl)</translation>
    </message>
    <message>
        <source>save the requests</source>
        <translation>儲存請求</translation>
    </message>
    <message>
        <source>Saved {count} requests to {path}.</source>
        <translation>已將 {count} 個請求儲存到 {path}。</translation>
    </message>
    <message>
        <source>There is nothing to submit yet: add a file and create its requests first.</source>
        <translation>還沒有可送出的內容：請先加入檔案並產生請求。</translation>
    </message>
    <message>
        <source>The batch is already being submitted.</source>
        <translation>此批次已在送出中。</translation>
    </message>
    <message>
        <source>submit the batch</source>
        <translation>送出批次</translation>
    </message>
    <message>
        <source>Add a file first.</source>
        <translation>請先加入檔案。</translation>
    </message>
    <message>
        <source>The requests still have errors. Fix the problems listed, then submit.</source>
        <translation>請求中仍有錯誤。請修正列出的問題，然後再送出。</translation>
    </message>
    <message>
        <source>Not sent: a comparison sends one batch per model or prompt, and each has to fit in one file. These requests would have to be split into {parts} parts (over the service&apos;s per-file limits), and comparing split files is not supported yet. Use fewer rows, or build the requests again without the comparison.</source>
        <translation>未傳送：比較會為每個模型或提示詞各傳送一個批次，每個都必須放在一個檔案中。這些請求需要拆分為 {parts} 個部分（超過服務對單一檔案的限制），而比較拆分後的檔案目前尚不支援。請減少列數，或不使用比較重新產生請求。</translation>
    </message>
    <message>
        <source>Preparing the file…</source>
        <translation>正在準備檔案…</translation>
    </message>
    <message>
        <source>Uploading batch {number} of {count}…</source>
        <translation>正在上傳第 {number} 個批次，共 {count} 個…</translation>
    </message>
    <message>
        <source>prompt A</source>
        <translation>提示詞 A</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>正在上傳…</translation>
    </message>
    <message>
        <source>Uploading part {part} of {parts}…</source>
        <translation>正在上傳第 {part} 部分（共 {parts} 部分）…</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未傳送任何內容。</translation>
    </message>
    <message>
        <source>Nothing was sent. To run it again anyway, press “Submit again anyway”.</source>
        <translation>未傳送任何內容。如確實要再執行一次，請按「仍要再次提交」。</translation>
    </message>
    <message>
        <source>The submit could not be confirmed yet; the app keeps checking.</source>
        <translation>尚未確認送出是否成功；應用程式會繼續檢查。</translation>
    </message>
    <message>
        <source>Submitted “{name}” as {parts} parts (one job group). Each part runs as its own batch; this window checks on them and downloads the answers when they end.</source>
        <translation>已將「{name}」拆成 {parts} 個部分送出（一個工作組）。每個部分作為獨立的批次執行；本視窗會追蹤它們，並在結束時下載結果。</translation>
    </message>
    <message>
        <source>Submitted “{name}” ({batch}). It now runs on the server; this window checks on it and downloads the answers when it ends. You can close the app and come back later.</source>
        <translation>已送出「{name}」（{batch}）。它正在伺服器上執行；本視窗會追蹤它，並在結束時下載結果。您可以關閉應用程式，稍後再回來。</translation>
    </message>
    <message>
        <source>start the rehearsal</source>
        <translation>開始試跑</translation>
    </message>
    <message>
        <source>Rehearsal sent: {count} request(s) to the free test model in {region}. The answers are placeholders; what matters is whether the file and the connection work. The result shows here when it finishes (usually within minutes) — you can keep editing meanwhile.</source>
        <translation>試跑已送出：{count} 個請求送往 {region} 的免費測試模型。回答只是佔位內容；重要的是檔案和連線是否正常。完成後（通常幾分鐘內）結果會顯示在這裡——在此期間您可以繼續編輯。</translation>
    </message>
    <message>
        <source>show the rehearsal result</source>
        <translation>顯示試跑結果</translation>
    </message>
    <message>
        <source>Rehearsal passed: all {count} request(s) came back from the test model. The format, the key and the connection work — submit the real batch when you are ready.</source>
        <translation>試跑通過：全部 {count} 個請求都從測試模型傳回了。格式、API Key 和連線都正常——準備好後即可送出正式批次。</translation>
    </message>
    <message>
        <source>Rehearsal did not pass ({status}): {succeeded} request(s) came back, {failed} failed. {details}</source>
        <translation>試跑未通過（{status}）：{succeeded} 個請求已傳回，{failed} 個失敗。{details}</translation>
    </message>
</context>
<context>
    <name>TablePreviewModel</name>
    <message>
        <source>Row {row} has {cells} cells; the table has {columns} columns.</source>
        <translation>第 {row} 列有 {cells} 個儲存格；表格有 {columns} 欄。</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Could not {action}: an unexpected error happened. Details are in the log (Help ▸ Log folder).</source>
        <translation>無法{action}：發生了未預期的錯誤。詳細資訊已寫入記錄檔（說明 ▸ 記錄檔資料夾）。</translation>
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
        <translation>{m} 分鐘</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小時 {m} 分鐘</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} 天 {h} 小時</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} 位元組</translation>
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
        <translation>仍在執行。</translation>
    </message>
    <message>
        <source>Every request has an answer.</source>
        <translation>每個請求都有回答。</translation>
    </message>
    <message>
        <source>Every request was answered, but some failed; you can re-run the failed ones.</source>
        <translation>每個請求都有回答，但有些失敗了；可以重新執行失敗的請求。</translation>
    </message>
    <message>
        <source>The service says this job completed, but answers are missing for some requests. It is not done: re-run the missing ones.</source>
        <translation>服務顯示此工作已完成，但部分請求缺少結果。它並未真正完成：請重新執行缺少的請求。</translation>
    </message>
    <message>
        <source>The job ended early (expired or cancelled). Answers already given are kept (and billed); the rest never ran — re-run them.</source>
        <translation>工作提前結束（逾期或被取消）。已取得的結果會保留（並計費）；其餘請求從未執行——請重新執行它們。</translation>
    </message>
    <message>
        <source>The job ended before any request was answered; nothing was billed.</source>
        <translation>工作在任何請求得到回答之前就結束了；未產生費用。</translation>
    </message>
    <message>
        <source>The job failed as a whole (see its errors); nothing was run or billed.</source>
        <translation>工作整體失敗（請查看其錯誤）；沒有執行任何請求，也未計費。</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <source>Welcome to {app}</source>
        <translation>歡迎使用 {app}</translation>
    </message>
    <message>
        <source>&amp;Got it — hide this</source>
        <translation>知道了，隱藏(&amp;G)</translation>
    </message>
    <message>
        <source>Hide the welcome panel</source>
        <translation>隱藏歡迎面板</translation>
    </message>
    <message>
        <source>Help ▸ Welcome shows it again.</source>
        <translation>可透過「說明 ▸ 歡迎」再次開啟。</translation>
    </message>
    <message>
        <source>Send thousands of prompts to Alibaba Cloud Model Studio as one batch job — at half the price of one-by-one calls, without writing code. Three steps:</source>
        <translation>把成千上萬條提示詞作為一個批次工作送到阿里雲 Model Studio——價格只有逐筆呼叫的一半，不必寫程式。只要三個步驟：</translation>
    </message>
    <message>
        <source>① Add your file</source>
        <translation>① 加入檔案</translation>
    </message>
    <message>
        <source>Drop a spreadsheet (Excel, CSV) or a JSONL batch file on the window, or press Open file (Ctrl+O).</source>
        <translation>把試算表（Excel、CSV）或 JSONL 批次檔案拖到視窗上，或按「開啟檔案」（Ctrl+O）。</translation>
    </message>
    <message>
        <source>② Check</source>
        <translation>② 檢查</translation>
    </message>
    <message>
        <source>Every documented limit is checked before anything is uploaded. Problems are listed with their line and what to do.</source>
        <translation>上傳前會檢查所有文件規定的限制。問題會連同行號和處理方法一起列出。</translation>
    </message>
    <message>
        <source>③ Submit</source>
        <translation>③ 送出</translation>
    </message>
    <message>
        <source>Press Submit (Ctrl+Enter). The job appears under Jobs and results; when it ends, export the answers for Excel (Ctrl+E).</source>
        <translation>按「送出批次」（Ctrl+Enter）。工作會出現在「工作與結果」中；結束後即可把結果匯出給 Excel（Ctrl+E）。</translation>
    </message>
    <message>
        <source>Where to get an API key</source>
        <translation>從哪裡取得 API Key</translation>
    </message>
    <message>
        <source>&amp;Try the sample in the sandbox</source>
        <translation>在沙盒中試用範例(&amp;T)</translation>
    </message>
    <message>
        <source>Try the sample in the sandbox</source>
        <translation>在沙盒中試用範例</translation>
    </message>
    <message>
        <source>Opens a two-line batch file for the free test model and switches to the Sandbox region.</source>
        <translation>開啟一個給免費測試模型用的兩行批次檔案，並切換到「沙盒」地域。</translation>
    </message>
    <message>
        <source>Enter API &amp;keys…</source>
        <translation>輸入 API Key(&amp;K)…</translation>
    </message>
    <message>
        <source>Open the API key settings</source>
        <translation>開啟 API Key 設定</translation>
    </message>
    <message>
        <source>The sandbox answers on this computer: nothing is sent to Alibaba Cloud and nothing is billed.</source>
        <translation>沙盒在這台電腦上作答：不會傳送任何內容到阿里雲，也不會產生費用。</translation>
    </message>
    <message>
        <source>For real answers you need an API key. Each region has its own key — a Singapore key does not work in Beijing:</source>
        <translation>若要取得真實回答，您需要一個 API Key。每個地域都有自己的 Key——新加坡的 Key 在北京無法使用：</translation>
    </message>
    <message>
        <source>get a key in the Model Studio console</source>
        <translation>在 Model Studio 主控台取得 API Key</translation>
    </message>
    <message>
        <source>get a key in the Model Studio console (Beijing)</source>
        <translation>在阿里雲百鍊主控台取得 API Key</translation>
    </message>
</context>
</TS>
