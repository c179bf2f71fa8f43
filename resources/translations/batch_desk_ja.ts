<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>{app} について</translation>
    </message>
    <message>
        <source>Batch jobs for Alibaba Cloud Model Studio: spreadsheet in, Excel-ready answers out.</source>
        <translation>Alibaba Cloud Model Studio のバッチジョブ: スプレッドシートを入れて、Excel でそのまま開ける回答を受け取ります。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Folders the app uses</source>
        <translation>アプリが使うフォルダー</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Jobs and answers</source>
        <translation>ジョブと回答</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Keychain: {where}.</source>
        <translation>キーチェーン: {where}。</translation>
    </message>
    <message>
        <source>Keychain: none available — keys are kept for this session only.</source>
        <translation>キーチェーン: 利用できません — キーはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>{folder} folder</source>
        <translation>{folder}フォルダー</translation>
    </message>
    <message>
        <source>Open the {folder} folder</source>
        <translation>「{folder}」フォルダーを開く</translation>
    </message>
    <message>
        <source>Keychain: looking…</source>
        <translation>キーチェーン: 確認中…</translation>
    </message>
    <message>
        <source>Keychain in use</source>
        <translation>使用中のキーチェーン</translation>
    </message>
    <message>
        <source>Licence: &lt;a href=&apos;{url}&apos;&gt;{licence}&lt;/a&gt;. Made for people who are not programmers.</source>
        <translation>ライセンス: &lt;a href=&apos;{url}&apos;&gt;{licence}&lt;/a&gt;。プログラマーでない人のために作られています。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
</context>
<context>
    <name>ConfirmSubmitDialog</name>
    <message>
        <source>Confirm the billed submit</source>
        <translation>課金される送信の確認</translation>
    </message>
    <message>
        <source>&lt;b&gt;{region}&lt;/b&gt; · model &lt;b&gt;{model}&lt;/b&gt; · {requests} request(s)</source>
        <translation>&lt;b&gt;{region}&lt;/b&gt; · モデル &lt;b&gt;{model}&lt;/b&gt; · {requests} 件のリクエスト</translation>
    </message>
    <message>
        <source>This will be billed to the key of {region}.</source>
        <translation>{region} の API キーに課金されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{region}&lt;/b&gt; · {count} batches, each billed · {requests} requests in all</source>
        <translation>&lt;b&gt;{region}&lt;/b&gt; · {count} 件のバッチ（それぞれ課金） · 合計 {requests} 件のリクエスト</translation>
    </message>
    <message>
        <source>&lt;b&gt;All {count} batches together:&lt;/b&gt;</source>
        <translation>&lt;b&gt;{count} 件のバッチの合計：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Submit and pay</source>
        <translation>送信して支払う</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop a batch file (.jsonl) here</source>
        <translation>バッチファイル（.jsonl）をここにドロップ</translation>
    </message>
    <message>
        <source>One JSON request per line, as the Batch API expects. Nothing is uploaded until you press Submit.</source>
        <translation>1 行に 1 つの JSON リクエスト（Batch API の形式）。「送信」を押すまで何もアップロードされません。</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>Open a batch file</source>
        <translation>バッチファイルを開く</translation>
    </message>
    <message>
        <source>{name} is open — drop another file to replace it</source>
        <translation>{name} を開いています。別のファイルをドロップすると置き換えます</translation>
    </message>
</context>
<context>
    <name>EditorProblemsModel</name>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>修正すること</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>ファイル全体</translation>
    </message>
    <message>
        <source>Line {line} · sheet row {row}</source>
        <translation>{line} 行目 · シートの {row} 行目</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>{line} 行目</translation>
    </message>
    <message>
        <source>Error — must be fixed before submitting</source>
        <translation>エラー（送信前に直す必要があります）</translation>
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

（コード: {code}）</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The second prompt cannot be used: {reason}</source>
        <translation>2 つ目のプロンプトは使えません: {reason}</translation>
    </message>
    <message>
        <source>The requests for &quot;{model}&quot; did not pass the check, so nothing was sent. Check the model name.</source>
        <translation>「{model}」のリクエストがチェックに通らなかったため、何も送信していません。モデル名を確認してください。</translation>
    </message>
    <message>
        <source>The answers of this comparison have not been downloaded yet. They are fetched automatically when each job finishes.</source>
        <translation>この比較の回答はまだダウンロードされていません。各ジョブが終わると自動で取得されます。</translation>
    </message>
    <message>
        <source>Not submitted: this job may cost up to {cost} ({requests} requests, {input_tokens} input tokens, up to {output_tokens} output tokens), above your spending cap of {cap} per job. Lower max_tokens, split the file, or raise the cap in Settings.</source>
        <translation>送信していません：このジョブは最大 {cost} かかる可能性があり（{requests} 件のリクエスト、入力 {input_tokens} トークン、出力は最大 {output_tokens} トークン）、1 ジョブあたりの支出上限 {cap} を超えています。max_tokens を下げるか、ファイルを分割するか、設定で上限を引き上げてください。</translation>
    </message>
    <message>
        <source>Not submitted: your spending cap is {cap} per job, and the upper end of this job&apos;s cost cannot be estimated ({reasons}). Bound it (for example set max_tokens), or raise or clear the cap in Settings.</source>
        <translation>送信していません：支出上限は 1 ジョブあたり {cap} ですが、このジョブの費用の上限を見積もれません（{reasons}）。上限を決めるか（例：max_tokens を設定）、設定で支出上限を引き上げるか解除してください。</translation>
    </message>
    <message>
        <source>Not submitted: nothing was sent.</source>
        <translation>送信していません：何も送られていません。</translation>
    </message>
    <message>
        <source>The key was refused by {region}. Each region has its own key — a Singapore key does not work in Beijing; check you chose the right region, then paste the key for that region again (API keys settings).</source>
        <translation>{region} が API キーを拒否しました。リージョンごとに別のキーが必要です（シンガポールのキーは北京では使えません）。正しいリージョンを選んだか確認し、そのリージョンのキーを貼り直してください（API キー設定）。</translation>
    </message>
    <message>
        <source>{region} accepted the key but does not allow this action for its account. The server said: {said}. Check that Model Studio (and batch inference) is enabled for the account and that the key&apos;s workspace has access, or ask the account owner.</source>
        <translation>{region} はキーを受け付けましたが、このアカウントではこの操作は許可されていません。サーバーの応答: {said}。アカウントで Model Studio（とバッチ推論）が有効か、キーのワークスペースに権限があるかを確認するか、アカウントの所有者に問い合わせてください。</translation>
    </message>
    <message>
        <source>{region} accepted the key but does not allow this action for its account. Check that Model Studio (and batch inference) is enabled for the account and that the key&apos;s workspace has access, or ask the account owner.</source>
        <translation>{region} はキーを受け付けましたが、このアカウントではこの操作は許可されていません。アカウントで Model Studio（とバッチ推論）が有効か、キーのワークスペースに権限があるかを確認するか、アカウントの所有者に問い合わせてください。</translation>
    </message>
    <message>
        <source>{what} was not found on {region}. Batches can only be looked up for {days} days after they were created; it may also belong to another region or have been deleted.</source>
        <translation>{region} で{what}が見つかりません。バッチを照会できるのは作成後 {days} 日間だけです。別のリージョンのものか、削除された可能性もあります。</translation>
    </message>
    <message>
        <source>{region} rejected the request: {said}. Fix the problem it names, then try again.</source>
        <translation>{region} がリクエストを拒否しました: {said}。指摘された問題を直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{region} is busy or the account sent too many requests (rate limit). The server said: {said}. Wait a minute and try again.</source>
        <translation>{region} が混雑しているか、アカウントのリクエストが多すぎます（レート制限）。サーバーの応答: {said}。1 分ほど待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>{region} is busy or the account sent too many requests (rate limit). Wait a minute and try again.</source>
        <translation>{region} が混雑しているか、アカウントのリクエストが多すぎます（レート制限）。1 分ほど待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>{region} had an internal problem (HTTP {status}). This is usually temporary: try again in a few minutes.</source>
        <translation>{region} で内部エラーが発生しました（HTTP {status}）。通常は一時的なものです。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>{region} had an internal problem. This is usually temporary: try again in a few minutes.</source>
        <translation>{region} で内部エラーが発生しました。通常は一時的なものです。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not reach {region}: {reason}. Check the internet connection (and any proxy or VPN), then try again.</source>
        <translation>{region} に接続できませんでした: {reason}。インターネット接続（とプロキシや VPN）を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server for {region} answered in an unexpected way: {what}. Check that the base URL points at an OpenAI-compatible Batch API (it usually ends in /v1).</source>
        <translation>{region} のサーバーが想定外の応答をしました: {what}。Base URL が OpenAI 互換の Batch API（通常 /v1 で終わる）を指しているか確認してください。</translation>
    </message>
    <message>
        <source>We cannot tell yet whether {region} made this batch: {reason}. Don&apos;t submit the file again — it could run and be billed twice; the app checks every minute and shows the batch as soon as the service lists it.</source>
        <translation>{region}がこのバッチを作成したかどうか、まだ確認できません：{reason}。ファイルを再送信しないでください。二重に実行され、二重に課金される可能性があります。アプリは1分ごとに確認し、サービスの一覧に表示され次第このバッチを表示します。</translation>
    </message>
    <message>
        <source>Something went wrong while talking to {region}: {kind}. Try again; if it keeps happening, send the log file to support.</source>
        <translation>{region} との通信中に問題が起きました: {kind}。もう一度お試しください。続く場合はログファイルをサポートに送ってください。</translation>
    </message>
    <message>
        <source>The tokens were not counted: the token counter stopped before it finished, so the cost is unknown. Try again; if it happens again, restart Batch Desk.</source>
        <translation>トークンを数えられませんでした。トークン計数プロセスが途中で停止したため、費用は不明です。もう一度お試しください。再び起きる場合は Batch Desk を再起動してください。</translation>
    </message>
    <message>
        <source>Not exported: an Excel sheet holds at most {limit} rows, and these answers need {rows} (with the header row). Nothing was written. Export them as CSV instead: it has no row limit.</source>
        <translation>書き出していません：Excel のシートは最大 {limit} 行までで、これらの回答には {rows} 行（見出し行を含む）が必要です。何も書き込まれていません。代わりに CSV で書き出してください。CSV には行数の上限がありません。</translation>
    </message>
    <message>
        <source>{waiting} of the {parts} parts have no downloaded answers yet; they are fetched when each part finishes.</source>
        <translation>{parts} 個のパートのうち {waiting} 個はまだ回答がダウンロードされていません。各パートが終わると取得されます。</translation>
    </message>
    <message>
        <source>{sentences}</source>
        <translation>{sentences}</translation>
    </message>
    <message>
        <source>That is the spreadsheet the requests were made from; the app never overwrites it. Choose another name.</source>
        <translation>これはリクエストの作成元のスプレッドシートです。アプリがこれを上書きすることはありません。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>The file to upload did not pass the check. Check the problems and try again.</source>
        <translation>アップロードするファイルがチェックを通りませんでした。問題を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The requests kept changing while they were being checked. Try again.</source>
        <translation>チェック中にリクエストが変わり続けました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>This file is {kind}, not a table. Open a CSV, TSV or TXT text file or an Excel workbook (.xlsx).</source>
        <translation>このファイルは{kind}で、表ではありません。CSV・TSV・TXT のテキストファイルか Excel ブック（.xlsx）を開いてください。</translation>
    </message>
    <message>
        <source>This file does not look like text in any encoding the app knows. Open a CSV, TSV or TXT text file or an Excel workbook (.xlsx).</source>
        <translation>このファイルは、アプリが扱えるどの文字コードのテキストにも見えません。CSV・TSV・TXT のテキストファイルか Excel ブック（.xlsx）を開いてください。</translation>
    </message>
    <message>
        <source>{name} is a zip archive, not a table this app reads. Open a CSV, TSV or TXT text file or an Excel or LibreOffice workbook.</source>
        <translation>{name} は zip アーカイブで、このアプリが読める表ではありません。CSV・TSV・TXT のテキストファイルか、Excel または LibreOffice のブックを開いてください。</translation>
    </message>
    <message>
        <source>{name} cannot be read as an Excel workbook (it may be damaged or password-protected). Open it in Excel and save it again as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</source>
        <translation>{name} を Excel ブックとして読めません（壊れているか、パスワードで保護されている可能性があります）。Excel で開き、「Excel ブック (.xlsx)」または「CSV UTF-8」で保存し直してください。</translation>
    </message>
    <message>
        <source>{name} cannot be read as an {kind} (it may be damaged or password-protected). Open it in Excel or LibreOffice and save it again as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</source>
        <translation>{name} を{kind}として読めません（壊れているか、パスワードで保護されている可能性があります）。Excel か LibreOffice で開き、「Excel ブック (.xlsx)」または「CSV UTF-8」で保存し直してください。</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes). Choose the file that holds your data.</source>
        <translation>{name} は空です（0 バイト）。データの入ったファイルを選んでください。</translation>
    </message>
    <message>
        <source>{name} holds no text (only empty lines or spaces). Choose the file with your data.</source>
        <translation>{name} にはテキストがありません（空行か空白だけです）。データの入ったファイルを選んでください。</translation>
    </message>
    <message>
        <source>{name} holds no cells. Choose the file with your data.</source>
        <translation>{name} にはセルがありません。データの入ったファイルを選んでください。</translation>
    </message>
    <message>
        <source>The workbook {name} has no sheets.</source>
        <translation>ブック {name} にはシートがありません。</translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; of {name} is empty. Choose the sheet with your data.</source>
        <translation>{name} のシート「{sheet}」は空です。データの入ったシートを選んでください。</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the table has {columns} columns. Check that row for a missing or extra separator, or a quote that is not closed.</source>
        <translation>{row} 行目にはセルが {cells} 個ありますが、表は {columns} 列です。その行の区切り文字の抜けや余分、閉じていない引用符がないか確認してください。</translation>
    </message>
    <message>
        <source>Line {line} of the file has bytes that are not valid {encoding}. Choose another encoding (the preview shows which one makes the text readable), or save the file again as UTF-8.</source>
        <translation>ファイルの {line} 行目に {encoding} として正しくないバイトがあります。別の文字コードを選ぶか（プレビューでどれが読めるかわかります）、ファイルを UTF-8 で保存し直してください。</translation>
    </message>
    <message>
        <source>Near row {row}, the file has bytes that are not valid {encoding}. Choose another encoding (the preview shows which one makes the text readable), or save the file again as UTF-8.</source>
        <translation>{row} 行目付近に {encoding} として正しくないバイトがあります。別の文字コードを選ぶか（プレビューでどれが読めるかわかります）、ファイルを UTF-8 で保存し直してください。</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not an encoding this app knows. Choose one from the list.</source>
        <translation>「{encoding}」はこのアプリが知らない文字コードです。一覧から選んでください。</translation>
    </message>
    <message>
        <source>Row {row} cannot be split into cells: {detail}. Usually a quote (&quot;) in a cell is not closed; fix that row in Excel or a text editor and try again.</source>
        <translation>{row} 行目をセルに分けられません: {detail}。たいていはセル内の引用符（&quot;）が閉じていません。Excel かテキストエディターでその行を直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file {path} was not found. It may have been moved, renamed or deleted.</source>
        <translation>ファイル {path} が見つかりません。移動、名前の変更、削除された可能性があります。</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened: {reason}.</source>
        <translation>ファイル {path} を開けません: {reason}。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file. Choose a file inside it.</source>
        <translation>{path} はフォルダーで、ファイルではありません。中のファイルを選んでください。</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened: permission denied, or another program (often Excel) has it locked. Close it there, or copy the file, and try again.</source>
        <translation>ファイル {name} を開けません: アクセスが拒否されたか、別のプログラム（多くは Excel）がロックしています。そちらで閉じるか、ファイルをコピーしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The workbook {name} cannot be opened: permission denied, or another program has it locked. Close it there, or copy the file, and try again.</source>
        <translation>ブック {name} を開けません: アクセスが拒否されたか、別のプログラムがロックしています。そちらで閉じるか、ファイルをコピーしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This workbook was closed. Open the file again.</source>
        <translation>このブックは閉じられました。ファイルを開き直してください。</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, a pipe or a socket), so it cannot be read as a table. Choose a saved CSV, TSV, TXT or Excel file.</source>
        <translation>{path} は通常のファイルではありません（デバイス、パイプ、ソケットのいずれか）。表として読み込めません。保存済みの CSV、TSV、TXT、Excel ファイルを選んでください。</translation>
    </message>
    <message>
        <source>{name} is not read: one part of it would grow from {stored_mb} MB to {size_mb} MB when opened, far more than any real spreadsheet. It may be damaged or built to overload the computer. Open it in Excel and save it again, or save it as CSV UTF-8 and open that file.</source>
        <translation>{name} は読み込みません：その一部が開くと {stored_mb} MB から {size_mb} MB に膨らみ、実際の表計算ファイルではありえない大きさです。壊れているか、コンピューターに過負荷をかけるために作られた可能性があります。Excel で開いて保存し直すか、CSV UTF-8 として保存してそのファイルを開いてください。</translation>
    </message>
    <message>
        <source>{name} would take {size_mb} MB once opened; the app reads workbooks up to {max_mb} MB opened. In Excel use &quot;Save As&quot; → &quot;CSV UTF-8&quot; and open that file instead: CSV files of any size are read piece by piece.</source>
        <translation>{name} は開くと {size_mb} MB になります。このアプリが読めるブックは開いた状態で {max_mb} MB までです。Excel で「名前を付けて保存」→「CSV UTF-8」を使い、そのファイルを開いてください。CSV ファイルはどんな大きさでも少しずつ読み込みます。</translation>
    </message>
    <message>
        <source>Row {row}, column {column} of the sheet &quot;{sheet}&quot; holds more than {max_mb} MB of text; one request can be at most that long, so the file was not read further. Shorten that cell.</source>
        <translation>シート「{sheet}」の {row} 行目・{column} 列目のテキストが {max_mb} MB を超えています。1 件のリクエストはその長さまでなので、ファイルの読み込みを中止しました。そのセルを短くしてください。</translation>
    </message>
    <message>
        <source>This workbook is {size_mb} MB; the app reads workbooks up to {max_mb} MB. In Excel use &quot;Save As&quot; → &quot;CSV UTF-8&quot; and open that file instead: CSV files of any size are read piece by piece.</source>
        <translation>このブックは {size_mb} MB です。アプリが読めるブックは {max_mb} MB までです。Excel で「名前を付けて保存」→「CSV UTF-8」を選び、そのファイルを開いてください。CSV ならどんな大きさでも少しずつ読み込めます。</translation>
    </message>
    <message>
        <source>This workbook is {size_mb} MB; the app reads workbooks up to {max_mb} MB. Save the sheet as &quot;CSV UTF-8&quot; and open that file instead: CSV files of any size are read piece by piece.</source>
        <translation>このブックは {size_mb} MB です。アプリが読めるブックは {max_mb} MB までです。シートを「CSV UTF-8」で保存し、そのファイルを開いてください。CSV ならどんな大きさでも少しずつ読み込めます。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;{sheet}&quot;. Its sheets are: {sheets}.</source>
        <translation>ブックに「{sheet}」という名前のシートはありません。シート: {sheets}。</translation>
    </message>
    <message>
        <source>The list limit (100 calls a minute) is reached; try again in a minute.</source>
        <translation>一覧取得の上限（1 分間に 100 回）に達しました。1 分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The export stopped: one of its helper processes ended unexpectedly (exit code {code}), perhaps for lack of memory. Nothing was written. Close other programs, then export again.</source>
        <translation>エクスポートを中止しました：補助プロセスの1つが予期せず終了しました（終了コード {code}）。メモリ不足の可能性があります。何も書き込まれていません。ほかのプログラムを閉じてから、もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The job list was written by a newer version of Batch Desk. Update the app to open it.</source>
        <translation>ジョブ一覧は新しいバージョンの Batch Desk で書かれています。アプリを更新してから開いてください。</translation>
    </message>
    <message>
        <source>The job list file is in use by another program and could not be opened: {path}. Nothing was changed. Close any other Batch Desk window (or the program using that file) and try again.</source>
        <translation>ジョブ一覧のファイルが別のプログラムで使われているため開けません: {path}。何も変更していません。他の Batch Desk のウィンドウ（またはそのファイルを使っているプログラム）を閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The job list file is damaged and cannot be opened: {path}. Nothing was changed or deleted. A copy of it was saved as {copy}. Close the app, rename or move that file, and start again to begin a new job list; batches already submitted stay on the server (for 30 days) and can be imported again from there.</source>
        <translation>ジョブ一覧のファイルが壊れているため開けません: {path}。何も変更・削除していません。そのコピーを {copy} として保存しました。アプリを閉じ、そのファイルの名前を変えるか移動してから起動し直すと、新しいジョブ一覧で始められます。送信済みのバッチはサーバーに（30 日間）残っており、そこから取り込み直せます。</translation>
    </message>
    <message>
        <source>The job list file is damaged and cannot be opened: {path}. Nothing was changed or deleted. Close the app, rename or move that file, and start again to begin a new job list; batches already submitted stay on the server (for 30 days) and can be imported again from there.</source>
        <translation>ジョブ一覧のファイルが壊れているため開けません: {path}。何も変更・削除していません。アプリを閉じ、そのファイルの名前を変えるか移動してから起動し直すと、新しいジョブ一覧で始められます。送信済みのバッチはサーバーに（30 日間）残っており、そこから取り込み直せます。</translation>
    </message>
    <message>
        <source>This exact file was already submitted to this region as “{name}” ({batch_ref}, {status}, {when}). Submitting it again would run — and bill — every request a second time; its answers are in the Jobs tab.</source>
        <translation>まったく同じファイルが「{name}」（{batch_ref}、{status}、{when}）としてこのリージョンに送信済みです。もう一度送信すると、すべてのリクエストがもう一度実行され、もう一度課金されます。回答は「ジョブと結果」タブにあります。</translation>
    </message>
    <message>
        <source>This exact file was already submitted to this region as “{name}” ({batch_ref}, {status}). Submitting it again would run — and bill — every request a second time; its answers are in the Jobs tab.</source>
        <translation>まったく同じファイルが「{name}」（{batch_ref}、{status}）としてこのリージョンに送信済みです。もう一度送信すると、すべてのリクエストがもう一度実行され、もう一度課金されます。回答は「ジョブと結果」タブにあります。</translation>
    </message>
    <message>
        <source>This exact file was just submitted to this region as “{job_name}” ({when}), and we cannot tell yet whether the service made that batch. Don&apos;t submit it again — it could run and be billed twice; the app checks every minute and the Jobs tab shows the batch as soon as the service lists it.</source>
        <translation>まったく同じファイルを「{job_name}」（{when}）としてこのリージョンに送信したばかりで、サービスがそのバッチを作成したかはまだ分かりません。もう一度送信しないでください。2 回実行・2 回課金される可能性があります。アプリは 1 分ごとに確認し、サービスがバッチを一覧に出しだい「ジョブと結果」タブに表示します。</translation>
    </message>
    <message>
        <source>This exact file was just submitted to this region as “{job_name}”, and we cannot tell yet whether the service made that batch. Don&apos;t submit it again — it could run and be billed twice; the app checks every minute and the Jobs tab shows the batch as soon as the service lists it.</source>
        <translation>まったく同じファイルを「{job_name}」としてこのリージョンに送信したばかりで、サービスがそのバッチを作成したかはまだ分かりません。もう一度送信しないでください。2 回実行・2 回課金される可能性があります。アプリは 1 分ごとに確認し、サービスがバッチを一覧に出しだい「ジョブと結果」タブに表示します。</translation>
    </message>
    <message>
        <source>This batch ended ({status}) without result files, so there is nothing to download.</source>
        <translation>このバッチは結果ファイルなしで終了した（{status}）ため、ダウンロードするものはありません。</translation>
    </message>
    <message>
        <source>This batch is not finished yet (status: {status}). Results can be downloaded once it has completed.</source>
        <translation>このバッチはまだ終わっていません（状態: {status}）。完了すると結果をダウンロードできます。</translation>
    </message>
    <message>
        <source>The answers of this job have not been downloaded yet. They are fetched automatically when it finishes.</source>
        <translation>このジョブの回答はまだダウンロードされていません。終わると自動で取得されます。</translation>
    </message>
    <message>
        <source>Every request of this job already has a successful answer: there is nothing to re-run.</source>
        <translation>このジョブのすべてのリクエストに成功した回答があります。再実行するものはありません。</translation>
    </message>
    <message>
        <source>The answers of this job are not downloaded yet, so its files stay on the server.</source>
        <translation>このジョブの回答はまだダウンロードされていないため、ファイルはサーバーに残します。</translation>
    </message>
    <message>
        <source>This job was not submitted from this computer (or its input file moved), so its requests are not here to put the answers next to. {reason}</source>
        <translation>このジョブはこのコンピューターから送信されていない（または入力ファイルが移動された）ため、回答を並べるリクエストがここにありません。{reason}</translation>
    </message>
    <message>
        <source>No job belongs to this group.</source>
        <translation>このグループに属するジョブはありません。</translation>
    </message>
    <message>
        <source>This job was never created on the server, so there is nothing to download.</source>
        <translation>このジョブはサーバーで作成されていないため、ダウンロードするものはありません。</translation>
    </message>
    <message>
        <source>This job was never created on the server, so there is nothing to re-run.</source>
        <translation>このジョブはサーバーで作成されていないため、再実行するものはありません。</translation>
    </message>
    <message>
        <source>This job was never created on the server, so it has no files there.</source>
        <translation>このジョブはサーバーで作成されていないため、サーバーにファイルはありません。</translation>
    </message>
    <message>
        <source>This job already ended ({status}); there is nothing to cancel.</source>
        <translation>このジョブはすでに終了しています（{status}）。キャンセルするものはありません。</translation>
    </message>
    <message>
        <source>This job is already being cancelled.</source>
        <translation>このジョブはすでにキャンセル中です。</translation>
    </message>
    <message>
        <source>This job is still running; its files stay on the server until it ends.</source>
        <translation>このジョブはまだ実行中です。終わるまでファイルはサーバーに残します。</translation>
    </message>
    <message>
        <source>The answers of this job are already downloaded.</source>
        <translation>このジョブの回答はすでにダウンロードされています。</translation>
    </message>
    <message>
        <source>This job was not submitted from this computer, so its requests are not here.</source>
        <translation>このジョブはこのコンピューターから送信されていないため、リクエストがここにありません。</translation>
    </message>
    <message>
        <source>The files of this job were already deleted from the server.</source>
        <translation>このジョブのファイルはすでにサーバーから削除されています。</translation>
    </message>
    <message>
        <source>We cannot tell yet whether the service made this batch; the app checks every minute. It can be submitted again only once it shows as not created.</source>
        <translation>サービスがこのバッチを作成したかどうか、まだ確認できません。アプリは1分ごとに確認します。「未作成」と表示されてから再送信できます。</translation>
    </message>
    <message>
        <source>This job is being submitted right now.</source>
        <translation>このジョブは現在送信中です。</translation>
    </message>
    <message>
        <source>This job was created on the server; submitting its file again would bill it a second time.</source>
        <translation>このジョブはサーバー上で作成済みです。ファイルを再送信すると二重に課金されます。</translation>
    </message>
    <message>
        <source>The requests file of this job changed or is gone since it was submitted ({path}). Open it in the first tab, check it, and submit it from there.</source>
        <translation>このジョブのリクエストファイルは送信後に変更されたか、見つかりません（{path}）。最初のタブで開いて確認し、そこから送信してください。</translation>
    </message>
    <message>
        <source>This job was already submitted again; see the newest job in the list.</source>
        <translation>このジョブはすでに再送信されています。一覧の最新のジョブを確認してください。</translation>
    </message>
    <message>
        <source>A re-run of this job has not finished (or its answers are not downloaded yet). Wait for it: re-running now could send the same requests twice.</source>
        <translation>このジョブの再実行がまだ終わっていません（または回答がまだダウンロードされていません）。お待ちください。今再実行すると同じリクエストを 2 回送る可能性があります。</translation>
    </message>
    <message>
        <source>The requests of this job are not on this computer, so they cannot be sent again. {reason}</source>
        <translation>このジョブのリクエストがこのコンピューターにないため、もう一度送れません。{reason}</translation>
    </message>
    <message>
        <source>The sandbox is not running. Restart the app to start it again.</source>
        <translation>サンドボックスが動いていません。アプリを再起動すると、もう一度起動します。</translation>
    </message>
    <message>
        <source>This file still has problems marked as errors. Fix them, then submit again.</source>
        <translation>このファイルにはエラーと表示された問題がまだあります。直してから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>This job was never created on the server, so there is nothing to cancel.</source>
        <translation>このジョブはサーバーで作成されていないため、キャンセルするものはありません。</translation>
    </message>
    <message>
        <source>The answers of this job have not been downloaded yet. Wait for it to finish.</source>
        <translation>このジョブの回答はまだダウンロードされていません。終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>This file fits in one batch, or still has errors a split does not fix.</source>
        <translation>このファイルは 1 つのバッチに収まるか、分割では直らないエラーがまだあります。</translation>
    </message>
    <message>
        <source>There is no readable request to try: fix the lines marked as not valid JSON first.</source>
        <translation>試せる読み取り可能なリクエストがありません。先に正しくない JSON と表示された行を直してください。</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and name a host.</source>
        <translation>Base URL は http:// または https:// で始まり、ホスト名を含む必要があります。</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so keys are kept only until the app closes; you will need to paste them again next time.</source>
        <translation>このコンピューターではシステムのキーチェーンが使えないため、キーはアプリを閉じるまでしか保持されません。次回はもう一度貼り付ける必要があります。</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (or log in again) so keys can be saved; until then they are kept only until the app closes.</source>
        <translation>システムのキーチェーンがロックされています。キーを保存できるようにロックを解除（または再ログイン）してください。それまでキーはアプリを閉じるまでしか保持されません。</translation>
    </message>
    <message>
        <source>The system keychain reported a problem, so keys are kept only until the app closes. Restarting the computer or unlocking the keychain usually helps.</source>
        <translation>システムのキーチェーンが問題を報告したため、キーはアプリを閉じるまでしか保持されません。コンピューターを再起動するか、キーチェーンのロックを解除すると直ることが多いです。</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>システムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte-order mark.</source>
        <translation>ファイルが UTF-8 のバイト順マークで始まっています。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-32 byte-order mark.</source>
        <translation>ファイルが UTF-32 のバイト順マークで始まっています。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-16 byte-order mark.</source>
        <translation>ファイルが UTF-16 のバイト順マークで始まっています。</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 text without a byte-order mark.</source>
        <translation>バイト順マークのない UTF-16 のテキストのようです。</translation>
    </message>
    <message>
        <source>The text is plain ASCII, which reads the same in UTF-8.</source>
        <translation>テキストは ASCII だけなので、UTF-8 として読んでも同じです。</translation>
    </message>
    <message>
        <source>Every byte is valid UTF-8.</source>
        <translation>すべてのバイトが正しい UTF-8 です。</translation>
    </message>
    <message>
        <source>The text is not UTF-8; it reads best as {encoding} ({confidence} sure).</source>
        <translation>テキストは UTF-8 ではありません。{encoding} として読むのが最適です（確度 {confidence}）。</translation>
    </message>
    <message>
        <source>The text is not UTF-8; {encoding} is the first encoding that reads it. Check the preview and choose another encoding if the text looks wrong.</source>
        <translation>テキストは UTF-8 ではありません。{encoding} が最初に読めた文字コードです。プレビューを確認し、文字化けしていれば別の文字コードを選んでください。</translation>
    </message>
    <message>
        <source>Most lines are UTF-8; each other line is read in the encoding that fits it, and its row says so.</source>
        <translation>ほとんどの行は UTF-8 です。それ以外の行はそれぞれ最も合うエンコードで読み込み、その行に表示します。</translation>
    </message>
    <message>
        <source>{count} extra answer(s) for requests this job never sent; they are not counted or shown.</source>
        <translation>このジョブが送っていないリクエストへの余分な回答が {count} 件あります。集計にも表示にも含めません。</translation>
    </message>
    <message>
        <source>{count} request(s) were answered more than once; the first answer of each is kept.</source>
        <translation>{count} 件のリクエストに複数の回答がありました。それぞれ最初の回答を残します。</translation>
    </message>
    <message>
        <source>Upload failed: {message}</source>
        <translation>アップロードに失敗しました：{message}</translation>
    </message>
    <message>
        <source>The service now uses this job&apos;s id for another job, so this job&apos;s state can no longer be refreshed. Answers already downloaded are kept.</source>
        <translation>サービスがこのジョブの ID を別のジョブに使うようになったため、このジョブの状態は更新できなくなりました。ダウンロード済みの回答は残ります。</translation>
    </message>
    <message>
        <source>The text is not UTF-8; it reads as {encoding} (it could also be read as {alternative}, but its characters fit the first better). Check the preview and choose another encoding if the text looks wrong.</source>
        <translation>テキストは UTF-8 ではありません。{encoding} として読めます（{alternative} としても読めますが、文字は前者のほうに合っています）。プレビューを確認し、文字がおかしければ別のエンコーディングを選んでください。</translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>あなたが選んだものです。</translation>
    </message>
    <message>
        <source>Kept in memory for this session only; you will need to enter it again after a restart.</source>
        <translation>このセッションの間だけメモリに保持します。再起動後はもう一度入力する必要があります。</translation>
    </message>
    <message>
        <source>The job &quot;{name}&quot; is no longer on the server (jobs are kept 30 days). Answers already downloaded stay here.</source>
        <translation>ジョブ「{name}」はサーバー上にもうありません（ジョブの保存期間は 30 日です）。ダウンロード済みの回答はこのコンピューターに残ります。</translation>
    </message>
    <message>
        <source>Job &quot;{name}&quot;: {message}</source>
        <translation>ジョブ「{name}」: {message}</translation>
    </message>
    <message>
        <source>There is no API key for {region} yet. Press API keys…, paste the key for this region and press Save — or switch to the Sandbox to try the app without one.</source>
        <translation>{region} の API キーがまだありません。「API キー…」を押し、このリージョンのキーを貼り付けて「保存」を押してください。キーなしで試すにはサンドボックスに切り替えてください。</translation>
    </message>
</context>
<context>
    <name>Estimate</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Input tokens: about {tokens} (this model uses another tokenizer)</source>
        <translation>入力トークン：約 {tokens}（このモデルは別のトークナイザーを使います）</translation>
    </message>
    <message>
        <source>Input tokens: {tokens} (exact)</source>
        <translation>入力トークン：{tokens}（正確）</translation>
    </message>
    <message>
        <source>{count} image/video parts not counted</source>
        <translation>画像・動画 {count} 件は数えていません</translation>
    </message>
    <message>
        <source>output tokens: {low} to {high}</source>
        <translation>出力トークン：{low}～{high}</translation>
    </message>
    <message>
        <source>thinking on: thinking tokens are billed as output</source>
        <translation>思考モード オン：思考トークンは出力として課金されます</translation>
    </message>
    <message>
        <source>thinking off</source>
        <translation>思考モード オフ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost: free&lt;/b&gt; (the test model is not billed)</source>
        <translation>&lt;b&gt;費用：無料&lt;/b&gt;（テストモデルは課金されません）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost: none&lt;/b&gt; — the sandbox is simulated and bills nothing</source>
        <translation>&lt;b&gt;費用：なし&lt;/b&gt; — サンドボックスは模擬環境で、課金はありません</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost at batch prices: unknown&lt;/b&gt;</source>
        <translation>&lt;b&gt;バッチ料金での費用：不明&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost at batch prices: {low} to {high}&lt;/b&gt;</source>
        <translation>&lt;b&gt;バッチ料金での費用：{low}～{high}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Prices as listed on {page} on {date}; batch = 50 % of real-time.</source>
        <translation>料金は {page} に {date} 時点で掲載されていたもの。バッチ = リアルタイムの 50 %。</translation>
    </message>
    <message>
        <source>Unknown: {reason}.</source>
        <translation>不明：{reason}。</translation>
    </message>
    <message>
        <source>free</source>
        <translation>無料</translation>
    </message>
    <message>
        <source>nothing is billed (simulated)</source>
        <translation>課金なし（シミュレーション）</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low}～{high}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;: {requests} requests · {cost}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;：{requests} 件のリクエスト · {cost}</translation>
    </message>
</context>
<context>
    <name>FilesDialog</name>
    <message>
        <source>Files on the server</source>
        <translation>サーバー上のファイル</translation>
    </message>
    <message>
        <source>Every batch uploads its input file, and the service stores the output and error files. An account may keep at most {files} files or {gb} GB; uploads fail beyond that. Files of finished jobs whose answers are downloaded here can go.</source>
        <translation>バッチごとに入力ファイルがアップロードされ、サービスは出力ファイルとエラーファイルも保存します。1 アカウントに保存できるのは最大 {files} ファイルまたは {gb} GB で、超えるとアップロードに失敗します。回答をここでダウンロード済みの終了したジョブのファイルは削除してかまいません。</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Region whose files are listed</source>
        <translation>ファイルを一覧表示するリージョン</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Reload the file list</source>
        <translation>ファイル一覧を再読み込み</translation>
    </message>
    <message>
        <source>list the files</source>
        <translation>ファイルを一覧表示する</translation>
    </message>
    <message>
        <source>Counting the stored files…</source>
        <translation>保存されたファイルを数えています…</translation>
    </message>
    <message>
        <source>Storage used</source>
        <translation>使用中の容量</translation>
    </message>
    <message>
        <source>Share of the storage limit used</source>
        <translation>保存上限に対する使用率</translation>
    </message>
    <message>
        <source>Stored files</source>
        <translation>保存されたファイル</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>アップロード日時</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用しているジョブ</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>さらに読み込む</translation>
    </message>
    <message>
        <source>Load more files</source>
        <translation>ファイルをさらに読み込む</translation>
    </message>
    <message>
        <source>list more files</source>
        <translation>さらにファイルを一覧表示する</translation>
    </message>
    <message>
        <source>Delete selected…</source>
        <translation>選択したものを削除…</translation>
    </message>
    <message>
        <source>Delete the selected files from the server</source>
        <translation>選んだファイルをサーバーから削除</translation>
    </message>
    <message>
        <source>Delete a job&apos;s input and result files from the server once its answers are downloaded</source>
        <translation>回答をダウンロードしたら、ジョブの入力ファイルと結果ファイルをサーバーから削除します</translation>
    </message>
    <message>
        <source>Delete remote files after a successful download</source>
        <translation>ダウンロードに成功したらサーバーのファイルを削除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the files window</source>
        <translation>ファイルのウィンドウを閉じる</translation>
    </message>
    <message>
        <source>save the setting</source>
        <translation>設定を保存する</translation>
    </message>
    <message>
        <source>input of “{name}”</source>
        <translation>「{name}」の入力</translation>
    </message>
    <message>
        <source>answers of “{name}”</source>
        <translation>「{name}」の回答</translation>
    </message>
    <message>
        <source>errors of “{name}”</source>
        <translation>「{name}」のエラー</translation>
    </message>
    <message>
        <source>count the stored files</source>
        <translation>保存されたファイルを数える</translation>
    </message>
    <message>
        <source>{files} of {max_files} files and {size} of {max_gb} GB used ({share} of the limit).</source>
        <translation>{max_files} ファイル中 {files}、{max_gb} GB 中 {size} を使用中（上限の {share}）。</translation>
    </message>
    <message>
        <source>(At least: the list was too long to count to the end.)</source>
        <translation>（少なくともこの量です。一覧が長すぎて最後まで数えられませんでした。）</translation>
    </message>
    <message>
        <source>Delete old files: new uploads fail once a limit is reached.</source>
        <translation>古いファイルを削除してください。上限に達すると新しいアップロードは失敗します。</translation>
    </message>
    <message>
        <source>Delete {count} selected…</source>
        <translation>選択した {count} 件を削除…</translation>
    </message>
    <message>
        <source>Delete {count} file(s) from the server? This cannot be undone. Answers already downloaded stay on this computer, but a job whose files are gone cannot be downloaded again from the server.</source>
        <translation>{count} 件のファイルをサーバーから削除しますか？元に戻せません。ダウンロード済みの回答はこのコンピューターに残りますが、ファイルを削除したジョブはサーバーから再ダウンロードできなくなります。</translation>
    </message>
    <message>
        <source>Used by: {jobs}</source>
        <translation>使用しているジョブ: {jobs}</translation>
    </message>
    <message>
        <source>Delete files from the server?</source>
        <translation>サーバーからファイルを削除しますか？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>delete the files</source>
        <translation>ファイルを削除する</translation>
    </message>
    <message>
        <source>{count} file(s) could not be deleted: {reason}</source>
        <translation>{count} 件のファイルを削除できませんでした: {reason}</translation>
    </message>
    <message>
        <source>Deleted {count} file(s) from the server.</source>
        <translation>サーバーから {count} 件のファイルを削除しました。</translation>
    </message>
</context>
<context>
    <name>Fragments</name>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>a piece of text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false の値</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>省略</translation>
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
        <translation>Excel ブックまたは zip アーカイブ</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls) or another Office file</source>
        <translation>旧形式の Excel ブック（.xls）または他の Office ファイル</translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation>圧縮ファイル（gzip）</translation>
    </message>
    <message>
        <source>a compressed (7z) archive</source>
        <translation>圧縮アーカイブ（7z）</translation>
    </message>
    <message>
        <source>a compressed (RAR) archive</source>
        <translation>圧縮アーカイブ（RAR）</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 画像</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 画像</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip アーカイブ</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip アーカイブ</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR アーカイブ</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>BMP 画像</translation>
    </message>
    <message>
        <source>a media file</source>
        <translation>メディアファイル</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>Windows プログラム</translation>
    </message>
    <message>
        <source>a database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation>バイナリファイル</translation>
    </message>
    <message>
        <source>old Excel 97-2003 workbook (.xls)</source>
        <translation>旧形式の Excel 97-2003 ブック（.xls）</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (.ods)</source>
        <translation>OpenDocument スプレッドシート（.ods）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>It starts with an invisible byte-order mark — were two files pasted together?</source>
        <translation>この行は目に見えないバイト順マーク（BOM）で始まっています。2 つのファイルを貼り合わせていませんか？</translation>
    </message>
    <message>
        <source>It looks like part of a pretty-printed JSON file; each request must be on one line.</source>
        <translation>整形された JSON ファイルの一部のようです。リクエストは 1 行に 1 つずつ書く必要があります。</translation>
    </message>
    <message>
        <source>Check for a missing quote, comma or bracket.</source>
        <translation>引用符、カンマ、括弧が抜けていないか確認してください。</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>embeddings</source>
        <translation>埋め込み</translation>
    </message>
    <message>
        <source>test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>image column</source>
        <translation>画像列</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>接続に失敗しました</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>サーバーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the connection was refused (is the server running and the address right?)</source>
        <translation>接続が拒否されました（サーバーは動いていますか？アドレスは正しいですか？）</translation>
    </message>
    <message>
        <source>the server name could not be found (is the address right?)</source>
        <translation>サーバー名が見つかりませんでした（アドレスは正しいですか？）</translation>
    </message>
    <message>
        <source>no connection could be made (is the address right, and is the server up?)</source>
        <translation>接続できませんでした（アドレスは正しいですか？サーバーは稼働していますか？）</translation>
    </message>
    <message>
        <source>the connection was cut off before the answer was complete</source>
        <translation>応答が完了する前に接続が切れました</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>接続がリセットされました</translation>
    </message>
    <message>
        <source>the download was cut off before it was complete</source>
        <translation>ダウンロードが完了する前に途切れました</translation>
    </message>
    <message>
        <source>the download is too slow to finish (the server sends almost nothing)</source>
        <translation>ダウンロードが遅すぎて完了できません（サーバーがほとんど何も送ってきません）</translation>
    </message>
    <message>
        <source>the server gave up waiting</source>
        <translation>サーバーが待機を打ち切りました</translation>
    </message>
    <message>
        <source>the download stopped: the server sent nothing for {seconds} seconds</source>
        <translation>ダウンロードが止まりました：サーバーから {seconds} 秒間何も届きません</translation>
    </message>
    <message>
        <source>the answer did not have the expected fields</source>
        <translation>応答に必要な項目がありませんでした</translation>
    </message>
    <message>
        <source>the answer was not JSON</source>
        <translation>応答が JSON ではありませんでした</translation>
    </message>
    <message>
        <source>the {call} answer was not JSON ({kind})</source>
        <translation>{call} の応答が JSON ではありませんでした（{kind}）</translation>
    </message>
    <message>
        <source>the upload answer has no file id</source>
        <translation>アップロードの応答にファイル ID がありません</translation>
    </message>
    <message>
        <source>this server has no file list (HTTP 404)</source>
        <translation>このサーバーにはファイル一覧がありません（HTTP 404）</translation>
    </message>
    <message>
        <source>the file list is not in the expected format</source>
        <translation>ファイル一覧の形式が想定と異なります</translation>
    </message>
    <message>
        <source>this server has no batch list (HTTP 404 for /batches)</source>
        <translation>このサーバーにはバッチ一覧がありません（/batches が HTTP 404）</translation>
    </message>
    <message>
        <source>the create answer has no batch id</source>
        <translation>作成の応答にバッチ ID がありません</translation>
    </message>
    <message>
        <source>the batch list is not in the expected format</source>
        <translation>バッチ一覧の形式が想定と異なります</translation>
    </message>
    <message>
        <source>the batch list does not say which input file each batch used</source>
        <translation>バッチ一覧に、各バッチがどの入力ファイルを使ったかが書かれていません</translation>
    </message>
    <message>
        <source>too many batches to confirm the batch is absent</source>
        <translation>バッチが多すぎて、存在しないことを確認できません</translation>
    </message>
    <message>
        <source>the connection failed after the request was sent, and checking afterwards failed too</source>
        <translation>リクエスト送信後に接続が失敗し、その後の確認にも失敗しました</translation>
    </message>
    <message>
        <source>the server did not answer in time and may still be creating it</source>
        <translation>サーバーが時間内に応答せず、まだ作成中の可能性があります</translation>
    </message>
    <message>
        <source>the server answered with an error after the request was sent, and does not list the batch yet</source>
        <translation>リクエスト送信後にサーバーがエラーを返し、まだ一覧にバッチが表示されていません</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The input file</source>
        <translation>入力ファイル</translation>
    </message>
    <message>
        <source>the answers are not downloaded yet</source>
        <translation>回答はまだダウンロードされていません</translation>
    </message>
    <message>
        <source>longer than the longest listed price tier</source>
        <translation>掲載されている最も長い料金区分を超えています</translation>
    </message>
    <message>
        <source>it has errors.</source>
        <translation>エラーがあります。</translation>
    </message>
    <message>
        <source>The upload did not finish, so no batch was created; you can submit the file again.</source>
        <translation>アップロードが完了しなかったため、バッチは作成されていません。ファイルをもう一度送信できます。</translation>
    </message>
    <message>
        <source>The app stopped before it asked for the batch, so no batch was created; you can submit the file again.</source>
        <translation>バッチの作成を依頼する前にアプリが停止したため、バッチは作成されていません。ファイルをもう一度送信できます。</translation>
    </message>
    <message>
        <source>The item</source>
        <translation>その項目</translation>
    </message>
    <message>
        <source>The batch list</source>
        <translation>バッチ一覧</translation>
    </message>
    <message>
        <source>Han</source>
        <translation>漢字</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>かな</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>ハングル</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>キリル文字</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>ギリシャ文字</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>アラビア文字</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>ヘブライ文字</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>タイ文字</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation>デーヴァナーガリー文字</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（BOM 付き）</translation>
    </message>
    <message>
        <source>Chinese Simplified (GBK / GB18030)</source>
        <translation>簡体字中国語（GBK / GB18030）</translation>
    </message>
    <message>
        <source>Chinese Traditional (Big5)</source>
        <translation>繁体字中国語（Big5）</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS / CP932)</source>
        <translation>日本語（Shift-JIS / CP932）</translation>
    </message>
    <message>
        <source>Korean (EUC-KR / CP949)</source>
        <translation>韓国語（EUC-KR / CP949）</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>西ヨーロッパ（Windows-1252）</translation>
    </message>
    <message>
        <source>UTF-16 with BOM</source>
        <translation>UTF-16（BOM 付き）</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>pipe (|)</source>
        <translation>縦線（|）</translation>
    </message>
    <message>
        <source>thinking on</source>
        <translation>思考: オン</translation>
    </message>
    <message>
        <source>thinking off</source>
        <translation>思考: オフ</translation>
    </message>
    <message>
        <source>memory only (this session)</source>
        <translation>メモリのみ（このセッション）</translation>
    </message>
    <message>
        <source>this session only (no system keychain found)</source>
        <translation>このセッションのみ（システムのキーチェーンが見つかりません）</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 資格情報マネージャー</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS キーチェーン</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring / KWallet)</source>
        <translation>Secret Service（GNOME キーリング / KWallet）</translation>
    </message>
    <message>
        <source>KDE Wallet</source>
        <translation>KDE ウォレット</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>output columns</source>
        <translation>出力列</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>回答が空です。</translation>
    </message>
    <message>
        <source>The answer is not valid JSON.</source>
        <translation>回答が正しい JSON ではありません。</translation>
    </message>
    <message>
        <source>The answer is JSON but not an object with the columns as keys.</source>
        <translation>回答は JSON ですが、列名をキーにしたオブジェクトではありません。</translation>
    </message>
    <message>
        <source>not needed: answers are simulated on this computer</source>
        <translation>不要（回答はこのコンピューターで模擬的に作られます）</translation>
    </message>
    <message>
        <source>batch id not confirmed yet</source>
        <translation>バッチ ID は未確認</translation>
    </message>
    <message>
        <source>a job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>File {file_id}</source>
        <translation>ファイル {file_id}</translation>
    </message>
    <message>
        <source>Batch {batch_id}</source>
        <translation>バッチ {batch_id}</translation>
    </message>
    <message>
        <source>The upload address of {region}</source>
        <translation>{region} のアップロード先</translation>
    </message>
    <message>
        <source>the {call} answer is not a batch object</source>
        <translation>{call} の応答がバッチオブジェクトではありません</translation>
    </message>
    <message>
        <source>did you mean &quot;{name}&quot;?</source>
        <translation>「{name}」のことですか？</translation>
    </message>
    <message>
        <source>Stopped before it finished.</source>
        <translation>終わる前に停止しました。</translation>
    </message>
    <message>
        <source>We cannot tell yet whether {region} made this batch. Don&apos;t submit the file again — it could run and be billed twice; the app checks every minute and shows the batch as soon as the service lists it.</source>
        <translation>{region}がこのバッチを作成したかどうか、まだ確認できません。ファイルを再送信しないでください。二重に実行され、二重に課金される可能性があります。アプリは1分ごとに確認し、サービスの一覧に表示され次第このバッチを表示します。</translation>
    </message>
    <message>
        <source>The service has no batch from this file {minutes} minutes after the submit, so it was not created and nothing is billed. You can submit the file again.</source>
        <translation>送信から {minutes} 分経っても、このファイルのバッチはサービスにありません。作成されておらず、課金もされません。ファイルをもう一度送信できます。</translation>
    </message>
    <message>
        <source>The answer has no &quot;{name}&quot;.</source>
        <translation>回答に「{name}」がありません。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a number.</source>
        <translation>「{name}」が数値ではありません。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a number: {value}.</source>
        <translation>「{name}」が数値ではありません: {value}。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not true or false: {value}.</source>
        <translation>「{name}」が true / false ではありません: {value}。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is {value}, which is not one of the labels ({labels}).</source>
        <translation>「{name}」は {value} で、ラベル（{labels}）のどれでもありません。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a list of labels: {value}.</source>
        <translation>「{name}」がラベルの一覧ではありません: {value}。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has {value}, which is not one of the labels ({labels}).</source>
        <translation>「{name}」に {value} があり、ラベル（{labels}）のどれでもありません。</translation>
    </message>
    <message>
        <source>no price is known for {model} in {region}</source>
        <translation>{region} の {model} の料金はわかりません</translation>
    </message>
    <message>
        <source>{count} request(s) are longer than the longest listed price tier ({tokens} input tokens)</source>
        <translation>{count} 件のリクエストが、掲載されている最も長い料金段階（入力 {tokens} トークン）を超えています</translation>
    </message>
    <message>
        <source>the price of thinking output is not listed</source>
        <translation>思考出力の料金は掲載されていません</translation>
    </message>
    <message>
        <source>the variants are priced in different currencies ({currencies})</source>
        <translation>バリアントの通貨が異なります（{currencies}）</translation>
    </message>
    <message>
        <source>the upper end: thinking is not limited by max_tokens; set thinking_budget (and max_tokens) to bound it</source>
        <translation>上限：思考は max_tokens で制限されません。thinking_budget（と max_tokens）を設定して上限を決めてください</translation>
    </message>
    <message>
        <source>the upper end: set max_tokens (the model&apos;s maximum output is not in our list)</source>
        <translation>上限：max_tokens を設定してください（このモデルの最大出力は一覧にありません）</translation>
    </message>
    <message>
        <source>the upper end</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>The vendor&apos;s Japanese and Indonesian pages say the AI general-purpose savings plan can cover batch use; free quota, other savings plans and context cache do not apply to batch.</source>
        <translation>ベンダーの日本語・インドネシア語のページによると、AI 汎用節約プランはバッチ利用に適用できます。無料枠、その他の節約プラン、コンテキストキャッシュはバッチには適用されません。</translation>
    </message>
    <message>
        <source>The input file {path} is not there any more, so answers are listed without their requests and missing requests cannot be found. Put the file back to see them.</source>
        <translation>入力ファイル {path} が見つからないため、回答はリクエストなしで表示され、欠けているリクエストも見つけられません。ファイルを元に戻すと表示されます。</translation>
    </message>
    <message>
        <source>The original table {path} could not be read ({detail}); answers are shown without its columns.</source>
        <translation>元の表 {path} を読み込めませんでした（{detail}）。回答はその列なしで表示されます。</translation>
    </message>
</context>
<context>
    <name>JobDetailPane</name>
    <message>
        <source>Created on the server</source>
        <translation>サーバーで作成</translation>
    </message>
    <message>
        <source>Started running</source>
        <translation>実行開始</translation>
    </message>
    <message>
        <source>Finishing since</source>
        <translation>仕上げ開始</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>キャンセル要求</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Completion window closes</source>
        <translation>完了期限</translation>
    </message>
    <message>
        <source>Open results</source>
        <translation>結果を開く</translation>
    </message>
    <message>
        <source>Open the results of the selected job</source>
        <translation>選んだジョブの結果を開く</translation>
    </message>
    <message>
        <source>Your rows next to their answers, in input order (double-click a job does the same)</source>
        <translation>入力順に、各行と回答を並べて表示します（ジョブをダブルクリックしても同じです）</translation>
    </message>
    <message>
        <source>Export CSV for Excel…</source>
        <translation>Excel 用 CSV を書き出す…</translation>
    </message>
    <message>
        <source>Export answers as CSV</source>
        <translation>回答を CSV で書き出す</translation>
    </message>
    <message>
        <source>Answers next to your requests, in input order (Ctrl+E)</source>
        <translation>入力順に、リクエストの横に回答を並べます（Ctrl+E）</translation>
    </message>
    <message>
        <source>Re-run failed + missing</source>
        <translation>失敗・不足分を再実行</translation>
    </message>
    <message>
        <source>Re-run the failed and missing requests</source>
        <translation>失敗したリクエストと不足しているリクエストを再実行</translation>
    </message>
    <message>
        <source>One new job with exactly the requests that failed or got no answer; its answers merge in.</source>
        <translation>失敗したか回答がなかったリクエストだけで新しいジョブを作ります。回答は元の結果に統合されます。</translation>
    </message>
    <message>
        <source>Download answers now</source>
        <translation>今すぐ回答をダウンロード</translation>
    </message>
    <message>
        <source>Download the answers of the selected job</source>
        <translation>選んだジョブの回答をダウンロード</translation>
    </message>
    <message>
        <source>Answers are downloaded automatically when a job ends; this fetches them now.</source>
        <translation>ジョブが終わると回答は自動でダウンロードされます。ここでは今すぐ取得します。</translation>
    </message>
    <message>
        <source>Cancel job…</source>
        <translation>ジョブをキャンセル…</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>選んだジョブをキャンセル</translation>
    </message>
    <message>
        <source>Requests that already finished are still billed.</source>
        <translation>すでに終わったリクエストは課金されます。</translation>
    </message>
    <message>
        <source>Delete files on server…</source>
        <translation>サーバー上のファイルを削除…</translation>
    </message>
    <message>
        <source>Delete the selected job&apos;s files from the server</source>
        <translation>選んだジョブのファイルをサーバーから削除</translation>
    </message>
    <message>
        <source>Frees the account&apos;s storage; the downloaded answers stay on this computer.</source>
        <translation>アカウントの保存容量を空けます。ダウンロード済みの回答はこのコンピューターに残ります。</translation>
    </message>
    <message>
        <source>Copy batch ID</source>
        <translation>バッチ ID をコピー</translation>
    </message>
    <message>
        <source>Copy the batch ID</source>
        <translation>バッチ ID をコピー</translation>
    </message>
    <message>
        <source>For support requests and the web console</source>
        <translation>サポートへの問い合わせや Web コンソール用</translation>
    </message>
    <message>
        <source>Open results folder</source>
        <translation>結果フォルダーを開く</translation>
    </message>
    <message>
        <source>Open the folder with the downloaded answer files</source>
        <translation>ダウンロードした回答ファイルのフォルダーを開く</translation>
    </message>
    <message>
        <source>The raw output and error files as the service sent them</source>
        <translation>サービスが送ってきたままの出力ファイルとエラーファイル</translation>
    </message>
    <message>
        <source>Re-run 99,999 failed + missing</source>
        <translation>失敗・不足 99,999 件を再実行</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>ジョブの詳細</translation>
    </message>
    <message>
        <source>Select a job to see its details and what you can do with it.</source>
        <translation>ジョブを選ぶと、詳細とできることが表示されます。</translation>
    </message>
    <message>
        <source>↳ Re-run of “{name}”: its answers merge into that job&apos;s results.</source>
        <translation>↳「{name}」の再実行: 回答はそのジョブの結果に統合されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt;. {verdict}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt;。{verdict}</translation>
    </message>
    <message>
        <source>{total} in the file, none sent to the server</source>
        <translation>ファイル内 {total} 件、サーバーには未送信</translation>
    </message>
    <message>
        <source>none: the batch was not created</source>
        <translation>なし：バッチは作成されませんでした</translation>
    </message>
    <message>
        <source>not known yet: the app is checking whether the server made it</source>
        <translation>まだ不明：サーバーが作成したかどうかをアプリが確認中です</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>バッチ ID</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>まだ作成されていません</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Finish within</source>
        <translation>完了期限</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>{done} done, {failed} failed, of {total}</source>
        <translation>{total} 件中 完了 {done} 件・失敗 {failed} 件</translation>
    </message>
    <message>
        <source>Answers downloaded</source>
        <translation>ダウンロードした回答</translation>
    </message>
    <message>
        <source>{ok} succeeded, {failed} failed, {missing} missing</source>
        <translation>成功 {ok} 件、失敗 {failed} 件、不足 {missing} 件</translation>
    </message>
    <message>
        <source>{prompt} prompt + {completion} completion = {total} tokens</source>
        <translation>入力 {prompt} + 出力 {completion} = {total} トークン</translation>
    </message>
    <message>
        <source>(completion includes {thinking} thinking tokens)</source>
        <translation>（出力には思考トークン {thinking} を含みます）</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用量</translation>
    </message>
    <message>
        <source>Cost at batch prices</source>
        <translation>バッチ料金での費用</translation>
    </message>
    <message>
        <source>All {count} variants together</source>
        <translation>{count} 件のバリアントの合計</translation>
    </message>
    <message>
        <source>Submitted from here</source>
        <translation>ここから送信</translation>
    </message>
    <message>
        <source>Running time</source>
        <translation>実行時間</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>期限まで</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>まだ</translation>
    </message>
    <message>
        <source>Last seen on the server</source>
        <translation>サーバーで最後に確認</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>日時</translation>
    </message>
    <message>
        <source> (deleted from the server)</source>
        <translation>（サーバーから削除済み）</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>入力ファイル</translation>
    </message>
    <message>
        <source>not on this computer</source>
        <translation>このコンピューターにはありません</translation>
    </message>
    <message>
        <source>Input file ID</source>
        <translation>入力ファイル ID</translation>
    </message>
    <message>
        <source>Output file ID</source>
        <translation>出力ファイル ID</translation>
    </message>
    <message>
        <source>Error file ID</source>
        <translation>エラーファイル ID</translation>
    </message>
    <message>
        <source>Answers folder</source>
        <translation>回答フォルダー</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>line {line}: </source>
        <translation>{line} 行目: </translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Re-run of</source>
        <translation>再実行元</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>再実行</translation>
    </message>
    <message>
        <source>Linked jobs</source>
        <translation>関連するジョブ</translation>
    </message>
    <message>
        <source>Submit again</source>
        <translation>再送信</translation>
    </message>
    <message>
        <source>This job was not created, so nothing was billed. Send its file again as a new job.</source>
        <translation>このジョブは作成されていないため、課金されていません。ファイルを新しいジョブとして再送信します。</translation>
    </message>
    <message>
        <source>Re-run {count} failed + missing</source>
        <translation>失敗・不足 {count} 件を再実行</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>不明（{reason}）</translation>
    </message>
    <message>
        <source>free</source>
        <translation>無料</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>すべての期間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>期間を指定…</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>今すぐ更新</translation>
    </message>
    <message>
        <source>Refresh jobs</source>
        <translation>ジョブを更新</translation>
    </message>
    <message>
        <source>Ask the servers for the latest status now (F5)</source>
        <translation>今すぐサーバーに最新の状態を問い合わせます（F5）</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>更新状況</translation>
    </message>
    <message>
        <source>Files on the server…</source>
        <translation>サーバー上のファイル…</translation>
    </message>
    <message>
        <source>Show the files stored on the server</source>
        <translation>サーバーに保存されたファイルを表示</translation>
    </message>
    <message>
        <source>List, delete and count the files stored in each region</source>
        <translation>各リージョンに保存されたファイルの一覧・削除・集計</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状態(&amp;T):</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>状態で絞り込む</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>名前で絞り込む</translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation>名前に含む文字…</translation>
    </message>
    <message>
        <source>&amp;Created:</source>
        <translation>作成日時(&amp;C):</translation>
    </message>
    <message>
        <source>Filter by creation time</source>
        <translation>作成日時で絞り込む</translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation>この日以降に作成</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>この日以前に作成</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>リージョンで絞り込む</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>すべてのリージョン</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>さらに読み込む</translation>
    </message>
    <message>
        <source>Load more jobs from the servers</source>
        <translation>サーバーからジョブをさらに読み込む</translation>
    </message>
    <message>
        <source>Fetch the next page of older jobs from each region</source>
        <translation>各リージョンから古いジョブの次のページを取得します</translation>
    </message>
    <message>
        <source>Jobs shown</source>
        <translation>表示中のジョブ</translation>
    </message>
    <message>
        <source>Cost this month</source>
        <translation>今月の費用</translation>
    </message>
    <message>
        <source>write the log</source>
        <translation>ログを書き込む</translation>
    </message>
    <message>
        <source>…and {count} more; all of them are in the log (Help ▸ Open the log folder).</source>
        <translation>…ほか {count} 件。すべてログに記録されています（ヘルプ ▸ ログフォルダーを開く）。</translation>
    </message>
    <message>
        <source>Export answers as CSV</source>
        <translation>回答を CSV で書き出す</translation>
    </message>
    <message>
        <source>New job submitted. Next check in {wait}.</source>
        <translation>新しいジョブを送信しました。次の確認は {wait} 後です。</translation>
    </message>
    <message>
        <source>refresh the jobs</source>
        <translation>ジョブを更新する</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>This month: {amounts}</source>
        <translation>今月：{amounts}</translation>
    </message>
    <message>
        <source>(+ {count} job(s) of unknown cost)</source>
        <translation>（ほかに費用不明のジョブ {count} 件）</translation>
    </message>
    <message>
        <source>add up this month&apos;s cost</source>
        <translation>今月の費用を合計</translation>
    </message>
    <message>
        <source>show the re-run&apos;s answers</source>
        <translation>再実行の回答を表示する</translation>
    </message>
    <message>
        <source>Last checked {time}. No job is running, so the app stops checking.</source>
        <translation>最終確認: {time}。実行中のジョブがないため、確認を止めています。</translation>
    </message>
    <message>
        <source>Last checked {time}. Next check in {wait}.</source>
        <translation>最終確認: {time}。次の確認は {wait} 後です。</translation>
    </message>
    <message>
        <source>load more jobs</source>
        <translation>ジョブをさらに読み込む</translation>
    </message>
    <message>
        <source>filter the jobs</source>
        <translation>ジョブを絞り込む</translation>
    </message>
    <message>
        <source>1 job</source>
        <translation>1 件のジョブ</translation>
    </message>
    <message>
        <source>{total} jobs</source>
        <translation>{total} 件のジョブ</translation>
    </message>
    <message>
        <source>{shown} of {total} jobs</source>
        <translation>{total} 件中 {shown} 件のジョブ</translation>
    </message>
    <message>
        <source>Copied {batch} to the clipboard.</source>
        <translation>{batch} をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Cancel this job?</source>
        <translation>このジョブをキャンセルしますか？</translation>
    </message>
    <message>
        <source>Cancel “{name}”?

Requests that already finished keep their answers and are still billed. The rest are not run. The answers given so far are downloaded when the cancel completes. This cannot be undone.</source>
        <translation>「{name}」をキャンセルしますか？

すでに終わったリクエストの回答は残り、課金されます。残りは実行されません。キャンセルが完了すると、それまでの回答をダウンロードします。元に戻せません。</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>ジョブをキャンセル</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>実行を続ける</translation>
    </message>
    <message>
        <source>cancel the job</source>
        <translation>ジョブをキャンセルする</translation>
    </message>
    <message>
        <source>Cancelling “{name}”. Requests that already finished keep their answers and are still billed; the rest are not run.</source>
        <translation>「{name}」をキャンセルしています。すでに終わったリクエストの回答は残り、課金されます。残りは実行されません。</translation>
    </message>
    <message>
        <source>Delete this job&apos;s files from the server?</source>
        <translation>このジョブのファイルをサーバーから削除しますか？</translation>
    </message>
    <message>
        <source>Delete the input, output and error files of “{name}” from the server? The answers already downloaded stay on this computer and in your exports; the server cannot send them again.</source>
        <translation>「{name}」の入力・出力・エラーファイルをサーバーから削除しますか？ダウンロード済みの回答はこのコンピューターと書き出したファイルに残りますが、サーバーから再取得することはできなくなります。</translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation>ファイルを削除</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>delete the job&apos;s files</source>
        <translation>ジョブのファイルを削除する</translation>
    </message>
    <message>
        <source>The files of “{name}” were deleted from the server. Its answers stay here.</source>
        <translation>「{name}」のファイルをサーバーから削除しました。回答はここに残っています。</translation>
    </message>
    <message>
        <source>download the answers</source>
        <translation>回答をダウンロードする</translation>
    </message>
    <message>
        <source>The answers of “{name}” are downloaded.</source>
        <translation>「{name}」の回答をダウンロードしました。</translation>
    </message>
    <message>
        <source>submit the file again</source>
        <translation>ファイルの再送信</translation>
    </message>
    <message>
        <source>“{name}” submitted again. This window checks on it and downloads the answers when it ends.</source>
        <translation>「{name}」を再送信しました。このウィンドウで状況を確認し、終了したら回答をダウンロードします。</translation>
    </message>
    <message>
        <source>re-run the failed and missing requests</source>
        <translation>失敗・不足したリクエストを再実行する</translation>
    </message>
    <message>
        <source>Not submitted: nothing was sent.</source>
        <translation>送信していません：何も送られていません。</translation>
    </message>
    <message>
        <source>Re-run “{name}” submitted with {count} request(s). Its answers merge into the results of the original job when it finishes.</source>
        <translation>再実行「{name}」を {count} 件のリクエストで送信しました。終わると、回答は元のジョブの結果に統合されます。</translation>
    </message>
    <message>
        <source>open the results</source>
        <translation>結果を開く</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>export the answers</source>
        <translation>回答を書き出す</translation>
    </message>
    <message>
        <source>Saved {rows} rows to {path} — {ok} answered, {failed} failed, {missing} without an answer. It opens directly in Excel.</source>
        <translation>{rows} 行を {path} に保存しました（回答 {ok} 件、失敗 {failed} 件、回答なし {missing} 件）。Excel でそのまま開けます。</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} を保存しました</translation>
    </message>
    <message>
        <source>list the files</source>
        <translation>ファイルを一覧表示する</translation>
    </message>
</context>
<context>
    <name>JobsTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Running time</source>
        <translation>実行時間</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>期限まで</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>バッチ ID</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>準備中</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>アップロード中</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>アップロード済み</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>未作成</translation>
    </message>
    <message>
        <source>Validating</source>
        <translation>検証中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>仕上げ中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>キャンセル中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Completed, some failed</source>
        <translation>完了（一部失敗）</translation>
    </message>
    <message>
        <source>Incomplete: answers missing</source>
        <translation>不完全: 回答が不足</translation>
    </message>
    <message>
        <source>Expired, partial</source>
        <translation>期限切れ（一部のみ）</translation>
    </message>
    <message>
        <source>Cancelled, partial</source>
        <translation>キャンセル済み（一部のみ）</translation>
    </message>
    <message>
        <source>Expired, no answers</source>
        <translation>期限切れ（回答なし）</translation>
    </message>
    <message>
        <source>Cancelled, no answers</source>
        <translation>キャンセル済み（回答なし）</translation>
    </message>
    <message>
        <source>Expired, some failed</source>
        <translation>期限切れ（一部失敗）</translation>
    </message>
    <message>
        <source>Cancelled, some failed</source>
        <translation>キャンセル済み（一部失敗）</translation>
    </message>
    <message>
        <source>Every request was answered, but some failed: re-run them from the detail pane.</source>
        <translation>すべてのリクエストに回答がありましたが、一部が失敗しました。詳細パネルから再実行できます。</translation>
    </message>
    <message>
        <source>The service says completed, but answers are missing: this job is not done. Re-run the missing ones.</source>
        <translation>サービスは完了と言っていますが、回答が不足しています。このジョブは終わっていません。不足分を再実行してください。</translation>
    </message>
    <message>
        <source>Ended early: the answers given are kept (and billed); the rest never ran.</source>
        <translation>途中で終了しました。得られた回答は残り（課金されます）、残りは実行されていません。</translation>
    </message>
    <message>
        <source>Ended before any request was answered; nothing was billed.</source>
        <translation>どのリクエストにも回答が出る前に終了しました。課金はありません。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>{done} / {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>, {failed} failed</source>
        <translation>、失敗 {failed} 件</translation>
    </message>
    <message>
        <source>Not created on the server yet</source>
        <translation>まだサーバーで作成されていません</translation>
    </message>
    <message>
        <source>The completion window closes at {time}</source>
        <translation>完了期限は {time} に終わります</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; answers here are &lt;b&gt;simulated&lt;/b&gt; on this computer — nothing is sent to Alibaba Cloud and nothing is billed. Use it to try the whole path. For real answers, add an API key with &lt;i&gt;API keys…&lt;/i&gt; and pick International or Mainland China above.</source>
        <translation>&lt;b&gt;サンドボックス:&lt;/b&gt; ここでの回答はこのコンピューター上で&lt;b&gt;シミュレーション&lt;/b&gt;されたものです。Alibaba Cloud には何も送られず、課金もされません。一連の流れを試すのに使ってください。本物の回答を得るには、&lt;i&gt;API キー…&lt;/i&gt; で API キーを追加し、上で「国際」か「中国本土」を選んでください。</translation>
    </message>
    <message>
        <source>1 · Prepare and submit</source>
        <translation>1 · 準備と送信</translation>
    </message>
    <message>
        <source>2 · Jobs and results</source>
        <translation>2 · ジョブと結果</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save requests as JSONL…</source>
        <translation>リクエストを JSONL で保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export answers…</source>
        <translation>回答を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find in the requests…</source>
        <translation>リクエスト内を検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>ジョブ(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Submit batch</source>
        <translation>バッチを送信(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Files on the ser&amp;ver…</source>
        <translation>サーバー上のファイル(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>ようこそ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>診断情報をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>{app} について(&amp;A)</translation>
    </message>
    <message>
        <source>look up the keychain</source>
        <translation>キーチェーンを調べる</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>キーの状態</translation>
    </message>
    <message>
        <source>API keys…</source>
        <translation>API キー…</translation>
    </message>
    <message>
        <source>Open API key settings</source>
        <translation>API キーの設定を開く</translation>
    </message>
    <message>
        <source>switch region</source>
        <translation>リージョンを切り替える</translation>
    </message>
    <message>
        <source>No key needed — simulated answers</source>
        <translation>キーは不要です（シミュレーションの回答）</translation>
    </message>
    <message>
        <source>Key {masked} · stored in {where}</source>
        <translation>キー {masked} · 保存先: {where}</translation>
    </message>
    <message>
        <source>No API key for this region — press “API keys…”</source>
        <translation>このリージョンの API キーがありません。「API キー…」を押してください</translation>
    </message>
    <message>
        <source>Something needs your attention — see the message at the top.</source>
        <translation>確認が必要なことがあります。上部のメッセージをご覧ください。</translation>
    </message>
    <message>
        <source>show the new job</source>
        <translation>新しいジョブを表示する</translation>
    </message>
    <message>
        <source>show the rehearsal job</source>
        <translation>試行ジョブを表示する</translation>
    </message>
    <message>
        <source>collect the diagnostics</source>
        <translation>診断情報を集める</translation>
    </message>
    <message>
        <source>Diagnostics copied: versions, regions, folders and the last log lines, with keys removed.</source>
        <translation>診断情報をコピーしました: バージョン、リージョン、フォルダー、ログの最後の行（キーは取り除いてあります）。</translation>
    </message>
    <message>
        <source>“{name}” {status}: answers downloaded.</source>
        <translation>「{name}」{status}: 回答をダウンロードしました。</translation>
    </message>
    <message>
        <source>“{name}” is complete. Select it in the Jobs tab and press “Open results”.</source>
        <translation>「{name}」が完了しました。「ジョブと結果」タブで選び、「結果を開く」を押してください。</translation>
    </message>
    <message>
        <source>update the key status</source>
        <translation>キーの状態を更新する</translation>
    </message>
    <message>
        <source>read the stored keys</source>
        <translation>保存済みのキーを読む</translation>
    </message>
    <message>
        <source>A batch is being submitted. Restart when it has been sent.</source>
        <translation>バッチを送信中です。送信が終わってから再起動してください。</translation>
    </message>
    <message>
        <source>Open Batch Desk</source>
        <translation>Batch Desk を開く</translation>
    </message>
    <message>
        <source>Quit Batch Desk</source>
        <translation>Batch Desk を終了</translation>
    </message>
    <message>
        <source>Batch Desk: checking your jobs</source>
        <translation>Batch Desk: ジョブを確認中</translation>
    </message>
    <message>
        <source>Still checking your jobs</source>
        <translation>ジョブの確認を続けています</translation>
    </message>
    <message>
        <source>Batch Desk keeps checking in the background and tells you when a job ends. Click its icon to open it; choose Quit in its menu to stop.</source>
        <translation>Batch Desk はバックグラウンドで確認を続け、ジョブが終わるとお知らせします。アイコンをクリックすると開きます。止めるにはメニューの「終了」を選んでください。</translation>
    </message>
</context>
<context>
    <name>MultilineDelegate</name>
    <message>
        <source>Edit the text; click outside the cell to keep it, Esc to cancel</source>
        <translation>テキストを編集します。セルの外をクリックすると確定、Esc で取り消します</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>A job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>{ok} answered, {failed} failed, {missing} missing.</source>
        <translation>回答 {ok} 件、失敗 {failed} 件、不足 {missing} 件。</translation>
    </message>
    <message>
        <source>Job incomplete</source>
        <translation>ジョブが不完全です</translation>
    </message>
    <message>
        <source>“{name}” says completed, but answers are missing: {counts}</source>
        <translation>「{name}」は完了と表示されていますが、回答が不足しています: {counts}</translation>
    </message>
    <message>
        <source>Job completed</source>
        <translation>ジョブが完了しました</translation>
    </message>
    <message>
        <source>“{name}” completed: {counts}</source>
        <translation>「{name}」が完了しました: {counts}</translation>
    </message>
    <message>
        <source>“{name}” failed.</source>
        <translation>「{name}」は失敗しました。</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>ジョブが失敗しました</translation>
    </message>
    <message>
        <source>Job expired</source>
        <translation>ジョブの期限が切れました</translation>
    </message>
    <message>
        <source>“{name}” ran out of time: {counts} Re-run the rest from the Jobs tab.</source>
        <translation>「{name}」は時間切れになりました: {counts} 残りは「ジョブと結果」タブから再実行してください。</translation>
    </message>
    <message>
        <source>Job cancelled</source>
        <translation>ジョブがキャンセルされました</translation>
    </message>
    <message>
        <source>“{name}” was cancelled: {counts}</source>
        <translation>「{name}」はキャンセルされました: {counts}</translation>
    </message>
    <message>
        <source>Job ended</source>
        <translation>ジョブが終了しました</translation>
    </message>
    <message>
        <source>“{name}” ended ({status}).</source>
        <translation>「{name}」が終了しました（{status}）。</translation>
    </message>
</context>
<context>
    <name>OutputColumnsBox</name>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation>はい / いいえ</translation>
    </message>
    <message>
        <source>one label</source>
        <translation>ラベル 1 つ</translation>
    </message>
    <message>
        <source>several labels</source>
        <translation>複数のラベル</translation>
    </message>
    <message>
        <source>Classify into labels</source>
        <translation>ラベルで分類</translation>
    </message>
    <message>
        <source>Extract fields</source>
        <translation>項目を抽出</translation>
    </message>
    <message>
        <source>Translate into a language</source>
        <translation>ある言語に翻訳</translation>
    </message>
    <message>
        <source>Summarise in N words</source>
        <translation>N 語で要約</translation>
    </message>
    <message>
        <source>Common jobs</source>
        <translation>よくある作業</translation>
    </message>
    <message>
        <source>Start from a common job…</source>
        <translation>よくある作業から始める…</translation>
    </message>
    <message>
        <source>Fills the prompt and the output columns for a common job; you can edit everything.</source>
        <translation>よくある作業のプロンプトと出力列を入力します。すべて編集できます。</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>列を追加</translation>
    </message>
    <message>
        <source>Add an output column</source>
        <translation>出力列を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected output column</source>
        <translation>選択した出力列を削除</translation>
    </message>
    <message>
        <source>Output columns</source>
        <translation>出力列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Labels (comma-separated)</source>
        <translation>ラベル（カンマ区切り）</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>内容の説明</translation>
    </message>
    <message>
        <source>Empty: one free answer per row. With columns, each answer is asked for as JSON and split into them; an answer that does not fit is marked “needs another try”.</source>
        <translation>空欄：各行に自由な回答が 1 つ。列を指定すると、回答を JSON で求めて各列に分けます。合わない回答は「再試行が必要」と表示されます。</translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation>比較するモデル(&amp;M):</translation>
    </message>
    <message>
        <source>Other models to compare</source>
        <translation>比較するほかのモデル</translation>
    </message>
    <message>
        <source>other models, comma-separated, e.g. qwen-flash</source>
        <translation>ほかのモデル（カンマ区切り）例: qwen-flash</translation>
    </message>
    <message>
        <source>The same rows go to each model as its own batch (each one is billed); the results put the models&apos; answers side by side. At most two more models.</source>
        <translation>同じ行を各モデルに別々のバッチとして送ります（それぞれ課金されます）。結果では各モデルの回答が横に並びます。追加できるのは 2 モデルまでです。</translation>
    </message>
    <message>
        <source>Or a second &amp;prompt:</source>
        <translation>または 2 つ目のプロンプト(&amp;P):</translation>
    </message>
    <message>
        <source>Second prompt to compare</source>
        <translation>比較する 2 つ目のプロンプト</translation>
    </message>
    <message>
        <source>the same rows with another prompt, e.g. Is this review positive? {text}</source>
        <translation>同じ行を別のプロンプトで。例: このレビューは好意的ですか？{text}</translation>
    </message>
    <message>
        <source>Prompt A is the prompt above, prompt B this one: the same rows go through the same model twice, as two batches (each billed), and the results put both answers side by side.</source>
        <translation>プロンプト A は上のプロンプト、プロンプト B はここに書いたものです。同じ行を同じモデルで 2 回、2 件のバッチとして送り（それぞれ課金）、結果では 2 つの回答が横に並びます。</translation>
    </message>
    <message>
        <source>Kind of output column</source>
        <translation>出力列の種類</translation>
    </message>
    <message>
        <source>Only for the kinds with labels</source>
        <translation>ラベルのある種類だけで使います</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Line 1: the file starts with an invisible byte-order mark (BOM). The service reads it as part of the first request, so the app uploads a copy without it; your file stays as it is. Other tools may need it saved as &quot;UTF-8&quot; (not &quot;UTF-8 with BOM&quot;).</source>
        <translation>1 行目: ファイルの先頭に目に見えないバイト順マーク（BOM）があります。サービスはこれを最初のリクエストの一部として読むため、アプリは BOM を除いたコピーをアップロードします。元のファイルはそのままです。他のツールでは &quot;UTF-8&quot;（&quot;UTF-8 with BOM&quot; ではなく）で保存し直す必要がある場合があります。</translation>
    </message>
    <message>
        <source>Line {line} is empty. Delete empty lines: every line must be one request.</source>
        <translation>{line} 行目が空です。空の行を削除してください。各行は 1 つのリクエストである必要があります。</translation>
    </message>
    <message>
        <source>Line {line} is {size_text}; one request may be at most {limit_text}. Shorten it (for example use smaller or fewer images) or split it into several requests.</source>
        <translation>{line} 行目のサイズは {size_text} ですが、1 つのリクエストは最大 {limit_text} です。内容を短くする（画像を小さく・少なくするなど）か、複数のリクエストに分けてください。</translation>
    </message>
    <message>
        <source>Line {line} is {kind}, not a request. Each line must be one JSON object in curly braces, like {{&quot;custom_id&quot;: &quot;1&quot;, &quot;method&quot;: &quot;POST&quot;, ...}}.</source>
        <translation>{line} 行目は{kind}で、リクエストではありません。各行は波括弧で囲んだ 1 つの JSON オブジェクトである必要があります（例: {{&quot;custom_id&quot;: &quot;1&quot;, &quot;method&quot;: &quot;POST&quot;, ...}}）。</translation>
    </message>
    <message>
        <source>Line {line}: the custom_id {custom_id} was already used on line {first_line}. Every request needs its own id — change one of them.</source>
        <translation>{line} 行目: custom_id {custom_id} は {first_line} 行目ですでに使われています。リクエストごとに別の ID が必要です。どちらかを変更してください。</translation>
    </message>
    <message>
        <source>Line {line}: the custom_id must be non-empty text in quotes, like &quot;req-1&quot;, but it is {value}. Put the id in double quotes.</source>
        <translation>{line} 行目: custom_id は引用符で囲んだ空でないテキスト（例: &quot;req-1&quot;）である必要がありますが、{value} になっています。ID をダブルクォートで囲んでください。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;method&quot; is {value}; it must be exactly &quot;POST&quot; (upper case).</source>
        <translation>{line} 行目: &quot;method&quot; が {value} になっています。正確に &quot;POST&quot;（大文字）である必要があります。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;body&quot; must be a JSON object in curly braces holding the request (model, messages, ...), but it is {kind}.</source>
        <translation>{line} 行目: &quot;body&quot; はリクエスト（model、messages など）を含む、波括弧で囲んだ JSON オブジェクトである必要がありますが、{kind}になっています。</translation>
    </message>
    <message>
        <source>Line {line}: temperature is {value}; it must be a number from 0 up to (but not including) 2.</source>
        <translation>{line} 行目: temperature が {value} です。0 以上 2 未満の数値である必要があります。</translation>
    </message>
    <message>
        <source>Line {line}: top_p is {value}; it must be a number from 0 to 1.</source>
        <translation>{line} 行目: top_p が {value} です。0 から 1 までの数値である必要があります。</translation>
    </message>
    <message>
        <source>This is an image ({image}), not a JSONL file. Choose the request file (.jsonl) instead; to send an image to a model, put its URL (or its base64 data) inside a request.</source>
        <translation>これは画像（{image}）で、JSONL ファイルではありません。代わりにリクエストファイル（.jsonl）を選んでください。画像をモデルに送るには、リクエストの中に画像の URL（または base64 データ）を入れます。</translation>
    </message>
    <message>
        <source>This looks like {kind}, not a JSONL text file. Convert your spreadsheet to a request file first (one JSON request per line).</source>
        <translation>これは{kind}のようで、JSONL テキストファイルではありません。先にスプレッドシートをリクエストファイル（1 行に 1 つの JSON リクエスト）に変換してください。</translation>
    </message>
    <message>
        <source>This looks like {kind}, not a JSONL text file. Choose the request file instead (one JSON request per line).</source>
        <translation>これは{kind}のようで、JSONL テキストファイルではありません。代わりにリクエストファイル（1 行に 1 つの JSON リクエスト）を選んでください。</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (&quot;Unicode&quot;), not UTF-8. Open it in your editor and save it again with the encoding &quot;UTF-8&quot;.</source>
        <translation>ファイルが UTF-8 ではなく UTF-16（「Unicode」）で保存されています。エディターで開き、文字コード &quot;UTF-8&quot; で保存し直してください。</translation>
    </message>
    <message>
        <source>Line {line} is not UTF-8 text (byte {byte} at position {position}). The file was probably saved in another encoding such as GBK, Shift-JIS or ANSI. Open it in your editor and save it again with the encoding &quot;UTF-8&quot;.</source>
        <translation>{line} 行目は UTF-8 のテキストではありません（位置 {position} のバイト {byte}）。GBK、Shift-JIS、ANSI など別の文字コードで保存された可能性があります。エディターで開き、文字コード &quot;UTF-8&quot; で保存し直してください。</translation>
    </message>
    <message>
        <source>Line {line} is not valid JSON (near character {column}). Each line must be one complete JSON object. {hint}</source>
        <translation>{line} 行目は正しい JSON ではありません（{column} 文字目付近）。各行は完全な 1 つの JSON オブジェクトである必要があります。{hint}</translation>
    </message>
    <message>
        <source>Line {line} is not valid JSON. Each line must be one complete JSON object. {hint}</source>
        <translation>{line} 行目は正しい JSON ではありません。各行は完全な 1 つの JSON オブジェクトである必要があります。{hint}</translation>
    </message>
    <message>
        <source>Line {line}: the field &quot;{field}&quot; is missing. Every line needs custom_id, method, url and body.</source>
        <translation>{line} 行目: 項目 &quot;{field}&quot; がありません。各行には custom_id、method、url、body が必要です。</translation>
    </message>
    <message>
        <source>Line {line}: the field &quot;{field}&quot; is empty (null). Every line needs custom_id, method, url and body.</source>
        <translation>{line} 行目: 項目 &quot;{field}&quot; が空（null）です。各行には custom_id、method、url、body が必要です。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;url&quot; is {value}, which is not a batch endpoint. Use one of: {supported}. Write only the path &quot;{path}&quot;, not the full address.</source>
        <translation>{line} 行目: &quot;url&quot; が {value} で、バッチのエンドポイントではありません。次のいずれかを使ってください: {supported}。完全なアドレスではなく、パス &quot;{path}&quot; だけを書きます。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;url&quot; is {value}, which is not a batch endpoint. Use one of: {supported}.</source>
        <translation>{line} 行目: &quot;url&quot; が {value} で、バッチのエンドポイントではありません。次のいずれかを使ってください: {supported}。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;url&quot; is &quot;{value}&quot; but the task is set to use &quot;{expected}&quot;. Every line must use the endpoint chosen for the task — change the line or the task&apos;s endpoint.</source>
        <translation>{line} 行目: &quot;url&quot; が &quot;{value}&quot; ですが、タスクは &quot;{expected}&quot; を使う設定です。すべての行がタスクで選んだエンドポイントを使う必要があります。その行かタスクのエンドポイントを変更してください。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;url&quot; is &quot;{value}&quot; but line {first_line} uses &quot;{expected}&quot;. Every line of one file must use the same url.</source>
        <translation>{line} 行目: &quot;url&quot; が &quot;{value}&quot; ですが、{first_line} 行目は &quot;{expected}&quot; です。1 つのファイルのすべての行で同じ url を使う必要があります。</translation>
    </message>
    <message>
        <source>Line {line}: the body has no &quot;model&quot;. Add the model name, for example &quot;model&quot;: &quot;qwen-plus&quot;.</source>
        <translation>{line} 行目: body に &quot;model&quot; がありません。モデル名を追加してください（例: &quot;model&quot;: &quot;qwen-plus&quot;）。</translation>
    </message>
    <message>
        <source>Line {line}: the model &quot;{model}&quot; is not in our list of batch models of {region} as of {date}; the service decides. Check the model name and the region.</source>
        <translation>{line} 行目：モデル「{model}」は {date} 時点の {region} のバッチモデル一覧にありません。可否はサービス側が判断します。モデル名とリージョンを確認してください。</translation>
    </message>
    <message>
        <source>Line {line} has {tokens} input tokens; &quot;{model}&quot; reads at most {window} tokens in all, {max_tokens} of them kept for the answer (max_tokens), so at most {available} fit. Shorten it or split it into several requests.</source>
        <translation>{line} 行目の入力は {tokens} トークンです。「{model}」が読めるのは合計 {window} トークンまでで、そのうち {max_tokens} は回答用（max_tokens）なので、入るのは最大 {available} トークンです。短くするか、複数のリクエストに分けてください。</translation>
    </message>
    <message>
        <source>Line {line} uses the model &quot;{model}&quot; but line {first_line} uses &quot;{expected}&quot;. All requests in one file must use the same model — make one file per model.</source>
        <translation>{line} 行目はモデル &quot;{model}&quot; を使っていますが、{first_line} 行目は &quot;{expected}&quot; です。1 つのファイルのリクエストはすべて同じモデルを使う必要があります。モデルごとにファイルを分けてください。</translation>
    </message>
    <message>
        <source>Line {line}: &quot;{value}&quot; only serves {test_model}. Use &quot;{expected}&quot; for &quot;{model}&quot; (this line uses &quot;{value}&quot;). Fix the url on every line.</source>
        <translation>{line} 行目: &quot;{value}&quot; は {test_model} 専用です。&quot;{model}&quot; には &quot;{expected}&quot; を使ってください（この行は &quot;{value}&quot; です）。すべての行の url を直してください。</translation>
    </message>
    <message>
        <source>Line {line}: the model &quot;{model}&quot; must be called with the url &quot;{expected}&quot; (this line uses &quot;{value}&quot;). Fix the url on every line.</source>
        <translation>{line} 行目: モデル &quot;{model}&quot; は url &quot;{expected}&quot; で呼び出す必要があります（この行は &quot;{value}&quot; です）。すべての行の url を直してください。</translation>
    </message>
    <message>
        <source>Line {line}: enable_thinking is {value}; it must be true or false (without quotes).</source>
        <translation>{line} 行目: enable_thinking が {value} です。true または false（引用符なし）である必要があります。</translation>
    </message>
    <message>
        <source>Line {line} sets enable_thinking to {thinking} but line {first_line} sets it to {first_thinking}. All requests in one file must use the same thinking mode.</source>
        <translation>{line} 行目は enable_thinking を {thinking} にしていますが、{first_line} 行目は {first_thinking} です。1 つのファイルのリクエストはすべて同じ思考モードにする必要があります。</translation>
    </message>
    <message>
        <source>Line {line} leaves enable_thinking out but line {first_line} sets it. Lines without it use the model&apos;s default thinking mode, which may differ — set enable_thinking the same way (true or false) on every line.</source>
        <translation>{line} 行目は enable_thinking を省略していますが、{first_line} 行目は設定しています。省略した行はモデル既定の思考モードになり、異なる場合があります。すべての行で enable_thinking を同じように（true または false）設定してください。</translation>
    </message>
    <message>
        <source>Line {line} sets enable_thinking but line {first_line} leaves it out. Lines without it use the model&apos;s default thinking mode, which may differ — set enable_thinking the same way (true or false) on every line.</source>
        <translation>{line} 行目は enable_thinking を設定していますが、{first_line} 行目は省略しています。省略した行はモデル既定の思考モードになり、異なる場合があります。すべての行で enable_thinking を同じように（true または false）設定してください。</translation>
    </message>
    <message>
        <source>Line {line}: the body has no &quot;input&quot;. An embedding request needs the text to embed, for example &quot;input&quot;: &quot;some text&quot;.</source>
        <translation>{line} 行目: body に &quot;input&quot; がありません。埋め込みリクエストには埋め込むテキストが必要です（例: &quot;input&quot;: &quot;some text&quot;）。</translation>
    </message>
    <message>
        <source>Line {line}: the body has no &quot;messages&quot;. A chat request needs a list of messages, for example &quot;messages&quot;: [{{&quot;role&quot;: &quot;user&quot;, &quot;content&quot;: &quot;Hello&quot;}}].</source>
        <translation>{line} 行目: body に &quot;messages&quot; がありません。チャットのリクエストにはメッセージのリストが必要です（例: &quot;messages&quot;: [{{&quot;role&quot;: &quot;user&quot;, &quot;content&quot;: &quot;Hello&quot;}}]）。</translation>
    </message>
    <message>
        <source>The file has no requests. Add one JSON request per line.</source>
        <translation>ファイルにリクエストがありません。1 行に 1 つの JSON リクエストを書いてください。</translation>
    </message>
    <message>
        <source>The table has no data rows (only a header, or only empty rows): there is nothing to send.</source>
        <translation>表にデータ行がありません（見出しだけ、または空の行だけです）。送るものがありません。</translation>
    </message>
    <message>
        <source>The file has {count} requests; one file may hold at most {limit}. Split it into several files.</source>
        <translation>ファイルには {count} 件のリクエストがありますが、1 ファイルの上限は {limit} 件です。複数のファイルに分けてください。</translation>
    </message>
    <message>
        <source>The file is {size_text}; one file may be at most {limit_text}. Split it into several files.</source>
        <translation>ファイルのサイズは {size_text} ですが、1 ファイルの上限は {limit_text} です。複数のファイルに分けてください。</translation>
    </message>
    <message>
        <source>A file for {model} may have at most {max_requests} requests and {max_size}; this one has {requests} requests and {size_text}. Use a smaller sample for the free test.</source>
        <translation>{model} 用のファイルは最大 {max_requests} 件・{max_size} までですが、このファイルは {requests} 件・{size_text} です。無料テストには小さめのサンプルを使ってください。</translation>
    </message>
    <message>
        <source>The first request alone is larger than {max_mb} MB, the test model&apos;s file limit (embedded images are usually the reason). Try the rehearsal with smaller images or web addresses.</source>
        <translation>最初のリクエストだけで {max_mb} MB を超えており、テストモデルのファイル上限を超えています（多くは埋め込み画像が原因です）。小さい画像か Web アドレスを使って試行してください。</translation>
    </message>
    <message>
        <source>A finish callback works only in the Mainland China (Beijing) region. Clear the field or choose that region.</source>
        <translation>完了コールバックは中国本土（北京）リージョンでのみ使えます。欄を空にするか、そのリージョンを選んでください。</translation>
    </message>
    <message>
        <source>The finish callback {url} is not a web address. Write it as https://…</source>
        <translation>完了コールバック {url} は Web アドレスではありません。https://… の形で書いてください。</translation>
    </message>
    <message>
        <source>The finish callback must start with https:// and name a server; {url} does not.</source>
        <translation>完了コールバックは https:// で始まり、サーバー名を含む必要があります。{url} はそうなっていません。</translation>
    </message>
    <message>
        <source>The finish callback {url} is not reachable from the internet, so the service could never call it. Use a public https:// address.</source>
        <translation>完了コールバック {url} はインターネットから届かないため、サービスが呼び出すことはできません。公開された https:// アドレスを使ってください。</translation>
    </message>
    <message>
        <source>The task name has {length} characters; at most {limit} are allowed. Shorten it.</source>
        <translation>タスク名は {length} 文字ですが、最大 {limit} 文字です。短くしてください。</translation>
    </message>
    <message>
        <source>The description has {length} characters; at most {limit} are allowed. Shorten it.</source>
        <translation>説明は {length} 文字ですが、最大 {limit} 文字です。短くしてください。</translation>
    </message>
    <message>
        <source>The time window {value} is not valid. Write a whole number followed by h (hours) or d (days), for example 24h or 2d.</source>
        <translation>完了期限 {value} は正しくありません。整数のあとに h（時間）または d（日）を付けて書いてください（例: 24h、2d）。</translation>
    </message>
    <message>
        <source>The time window must be from {min_hours} hours (24h or 1d) to {max_hours} hours (336h or 14d); {value} is too short.</source>
        <translation>完了期限は {min_hours} 時間（24h または 1d）から {max_hours} 時間（336h または 14d）の間で指定します。{value} は短すぎます。</translation>
    </message>
    <message>
        <source>The time window must be from {min_hours} hours (24h or 1d) to {max_hours} hours (336h or 14d); {value} is too long.</source>
        <translation>完了期限は {min_hours} 時間（24h または 1d）から {max_hours} 時間（336h または 14d）の間で指定します。{value} は長すぎます。</translation>
    </message>
    <message>
        <source>Row {row}: the id (column &quot;{column}&quot;) is blank. Fill it in, or let the app number the rows.</source>
        <translation>{row} 行目: ID（列「{column}」）が空です。入力するか、アプリに行番号を振らせてください。</translation>
    </message>
    <message>
        <source>Row {row}: the id &quot;{id}&quot; is already used on row {first_row}. Every request needs its own id — change one of them, or let the app number the rows.</source>
        <translation>{row} 行目: ID「{id}」は {first_row} 行目ですでに使われています。リクエストごとに別の ID が必要です。どちらかを変更するか、アプリに行番号を振らせてください。</translation>
    </message>
    <message>
        <source>Row {row}: the prompt is empty. Fill in the cells the template uses, or delete the row.</source>
        <translation>{row} 行目: プロンプトが空です。テンプレートが使うセルに入力するか、行を削除してください。</translation>
    </message>
    <message>
        <source>Line {line}: the prompt is empty. Write the prompt, or delete the row.</source>
        <translation>{line} 行目: プロンプトが空です。プロンプトを書くか、行を削除してください。</translation>
    </message>
    <message>
        <source>Row {row}: the column &quot;{column}&quot; is blank, so the prompt has a gap there.</source>
        <translation>{row} 行目: 列「{column}」が空なので、プロンプトのその部分が抜けます。</translation>
    </message>
    <message>
        <source>Row {row}: the text holds � marks where characters could not be read, so this request would send garbled text. Check the row, or choose another encoding for the file.</source>
        <translation>{row} 行目：読み取れなかった文字が � になっているため、このリクエストは文字化けしたテキストを送ります。その行を確認するか、ファイルに別のエンコーディングを選んでください。</translation>
    </message>
    <message>
        <source>Row {row} is not UTF-8 like the rest of the file; it was read as {encoding}. Check that its text reads right, or save the file again as UTF-8.</source>
        <translation>{row} 行目はファイルの他の部分と違って UTF-8 ではないため、{encoding} として読み込みました。文字が正しいか確認するか、ファイルを UTF-8 で保存し直してください。</translation>
    </message>
    <message>
        <source>Row {row}: the text holds &quot;{sample}&quot;, which is how UTF-8 text looks when read in a Western encoding. Check the row, or choose another encoding for the file.</source>
        <translation>{row} 行目: テキストに「{sample}」が含まれています。これは UTF-8 の文字を欧文のエンコードで読んだときの形です。行を確認するか、ファイルに別のエンコードを選んでください。</translation>
    </message>
    <message>
        <source>Row {row} is written mostly in {script}, which the rest of the file does not use; it may have been read in the wrong encoding. Check the row.</source>
        <translation>{row} 行目はほとんどが{script}で書かれていますが、ファイルの他の部分ではこの文字は使われていません。間違ったエンコードで読み込まれた可能性があります。行を確認してください。</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the table has {columns} columns; the extra cells ({extra}) are ignored. Check that row for a missing or extra separator.</source>
        <translation>{row} 行目には {cells} 個のセルがありますが、表は {columns} 列です。余分なセル（{extra}）は無視されます。その行の区切り文字が抜けていないか、多すぎないか確認してください。</translation>
    </message>
    <message>
        <source>Row {row} has only {cells} of {columns} cells; the missing cells are treated as empty. Check that row for a missing or extra separator.</source>
        <translation>{row} 行目にはセルが {cells} 個しかありません（表は {columns} 列）。足りないセルは空として扱います。その行の区切り文字が抜けていないか、多すぎないか確認してください。</translation>
    </message>
    <message>
        <source>Row {row}: the image cell is blank; this request is sent as text only.</source>
        <translation>{row} 行目: 画像のセルが空です。このリクエストはテキストだけで送られます。</translation>
    </message>
    <message>
        <source>Row {row} holds broken characters (unpaired surrogates) that cannot be written as UTF-8; they were replaced with &quot;?&quot;. Check that row&apos;s text.</source>
        <translation>{row} 行目に UTF-8 で書けない壊れた文字（対になっていないサロゲート）があり、&quot;?&quot; に置き換えました。その行のテキストを確認してください。</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>{row} 行目: {message}</translation>
    </message>
    <message>
        <source>In the system prompt: {message}</source>
        <translation>システムプロンプト: {message}</translation>
    </message>
    <message>
        <source>The prompt template is empty. Write the prompt, e.g. Translate {{text}}.</source>
        <translation>プロンプトのテンプレートが空です。プロンプトを書いてください（例: Translate {{text}}）。</translation>
    </message>
    <message>
        <source>The template uses {names}, but the table has no such column. {hints} Columns: {columns}. Write a column name between braces exactly as in the header; use {{{{ and }}}} for literal braces.</source>
        <translation>テンプレートは {names} を使っていますが、表にその列がありません。{hints} 列: {columns}。見出しと同じ列名を波括弧の中に書いてください。波括弧そのものは {{{{ と }}}} と書きます。</translation>
    </message>
    <message>
        <source>The template uses {names}, but the table has no such column. Columns: {columns}. Write a column name between braces exactly as in the header; use {{{{ and }}}} for literal braces.</source>
        <translation>テンプレートは {names} を使っていますが、表にその列がありません。列: {columns}。見出しと同じ列名を波括弧の中に書いてください。波括弧そのものは {{{{ と }}}} と書きます。</translation>
    </message>
    <message>
        <source>The template has a &quot;{{&quot; at character {position} that is never closed. Close it with &quot;}}&quot; or write &quot;{{{{&quot; for a literal brace.</source>
        <translation>テンプレートの {position} 文字目の &quot;{{&quot; が閉じられていません。&quot;}}&quot; で閉じるか、波括弧そのものなら &quot;{{{{&quot; と書いてください。</translation>
    </message>
    <message>
        <source>The template has empty braces &quot;{{}}&quot; at character {position}. Put a column name inside, like {{text}}, or write &quot;{{{{}}}}&quot; for literal braces.</source>
        <translation>テンプレートの {position} 文字目に空の波括弧 &quot;{{}}&quot; があります。{{text}} のように列名を入れるか、波括弧そのものなら &quot;{{{{}}}}&quot; と書いてください。</translation>
    </message>
    <message>
        <source>The template has a &quot;}}&quot; at character {position} without a matching &quot;{{&quot;. Write &quot;}}}}&quot; for a literal brace.</source>
        <translation>テンプレートの {position} 文字目の &quot;}}&quot; に対応する &quot;{{&quot; がありません。波括弧そのものなら &quot;}}}}&quot; と書いてください。</translation>
    </message>
    <message>
        <source>The id column &quot;{column}&quot; is not in the table. Choose one of: {columns}.</source>
        <translation>ID 列「{column}」が表にありません。次から選んでください: {columns}。</translation>
    </message>
    <message>
        <source>The image column &quot;{column}&quot; is not in the table. Choose one of: {columns}.</source>
        <translation>画像列「{column}」が表にありません。次から選んでください: {columns}。</translation>
    </message>
    <message>
        <source>The id column &quot;{column}&quot; is not in the table. Columns: {columns}.</source>
        <translation>ID 列「{column}」が表にありません。列: {columns}。</translation>
    </message>
    <message>
        <source>The image column &quot;{column}&quot; is not in the table. Columns: {columns}.</source>
        <translation>画像列「{column}」が表にありません。列: {columns}。</translation>
    </message>
    <message>
        <source>No model is chosen. Pick one, for example &quot;qwen-plus&quot;.</source>
        <translation>モデルが選ばれていません。&quot;qwen-plus&quot; などを選んでください。</translation>
    </message>
    <message>
        <source>The model &quot;{model}&quot; needs the {kind} kind of request, but {chosen} is chosen. Change the request kind or the model.</source>
        <translation>モデル &quot;{model}&quot; には「{kind}」のリクエストが必要ですが、「{chosen}」が選ばれています。リクエストの種類かモデルを変更してください。</translation>
    </message>
    <message>
        <source>The model &quot;{model}&quot; is not in the documented batch models of {region}. It may not work there — check the model name and the region.</source>
        <translation>モデル &quot;{model}&quot; は {region} のバッチ対応モデルとして記載されていません。動かない可能性があります。モデル名とリージョンを確認してください。</translation>
    </message>
    <message>
        <source>Temperature is {value}; it must be a number from 0 up to (but not including) 2.</source>
        <translation>temperature が {value} です。0 以上 2 未満の数値である必要があります。</translation>
    </message>
    <message>
        <source>top_p is {value}; it must be from 0 to 1.</source>
        <translation>top_p が {value} です。0 から 1 の間である必要があります。</translation>
    </message>
    <message>
        <source>max_tokens is {value}; it must be at least 1.</source>
        <translation>max_tokens が {value} です。1 以上である必要があります。</translation>
    </message>
    <message>
        <source>dimensions is {value}; it must be at least 1.</source>
        <translation>dimensions が {value} です。1 以上である必要があります。</translation>
    </message>
    <message>
        <source>Embedding requests do not use: {settings}. They are left out.</source>
        <translation>埋め込みリクエストでは使いません: {settings}。これらは省かれます。</translation>
    </message>
    <message>
        <source>dimensions only applies to embedding requests; it is left out.</source>
        <translation>dimensions は埋め込みリクエストにのみ使われます。省かれます。</translation>
    </message>
    <message>
        <source>Images need a vision model such as &quot;qwen-vl-plus&quot;; &quot;{model}&quot; may not read them.</source>
        <translation>画像には &quot;qwen-vl-plus&quot; などの視覚モデルが必要です。&quot;{model}&quot; は画像を読めない可能性があります。</translation>
    </message>
    <message>
        <source>An output column has no name. Give it one, e.g. sentiment.</source>
        <translation>名前のない出力列があります。名前を付けてください（例: sentiment）。</translation>
    </message>
    <message>
        <source>The output column &quot;{name}&quot; is listed twice.</source>
        <translation>出力列「{name}」が 2 回あります。</translation>
    </message>
    <message>
        <source>The output column &quot;{name}&quot; picks from a list of labels, but the list has fewer than two. Write the labels separated by commas, e.g. positive, negative, neutral.</source>
        <translation>出力列「{name}」はラベルの一覧から選びますが、ラベルが 2 つ未満です。カンマ区切りで入力してください（例: positive, negative, neutral）。</translation>
    </message>
    <message>
        <source>The output column &quot;{name}&quot; has more than {count} labels.</source>
        <translation>出力列「{name}」のラベルが {count} 個を超えています。</translation>
    </message>
    <message>
        <source>At most {count} output columns can be asked for.</source>
        <translation>出力列は最大 {count} 個までです。</translation>
    </message>
    <message>
        <source>&quot;{model}&quot; is not known to support JSON mode: the answers are asked for as JSON by the instruction alone, so a few may need another try.</source>
        <translation>「{model}」が JSON モードに対応しているかわかりません。指示だけで JSON の回答を求めるため、一部は再試行が必要になるかもしれません。</translation>
    </message>
    <message>
        <source>JSON mode cannot be used with thinking on: the answers are asked for as JSON by the instruction alone, so a few may need another try.</source>
        <translation>思考モードがオンのときは JSON モードを使えません。指示だけで JSON の回答を求めるため、一部は再試行が必要になるかもしれません。</translation>
    </message>
    <message>
        <source>{model} makes vectors of {sizes} numbers; {value} is not one of them.</source>
        <translation>{model} のベクトルの長さは {sizes} のいずれかです。{value} はありません。</translation>
    </message>
    <message>
        <source>Row {row}&apos;s text is about {tokens} tokens; an embedding input may be at most {limit} tokens, so the service may refuse or cut it. Split the text.</source>
        <translation>{row} 行目のテキストは約 {tokens} トークンです。埋め込みの入力は最大 {limit} トークンなので、拒否または切り捨てられる可能性があります。テキストを分けてください。</translation>
    </message>
    <message>
        <source>The image &quot;{name}&quot; is {size_mb} MB; an image embedded in a batch request may be at most {max_mb} MB (a request line may be at most {line_mb} MB and images grow by a third when embedded). Make it smaller, or put it online and use its web address.</source>
        <translation>画像「{name}」は {size_mb} MB です。バッチリクエストに埋め込む画像は最大 {max_mb} MB です（リクエスト 1 行は最大 {line_mb} MB で、画像は埋め込むと 3 分の 1 ほど大きくなります）。小さくするか、オンラインに置いて Web アドレスを使ってください。</translation>
    </message>
    <message>
        <source>The image &quot;{name}&quot; cannot be read: {reason}.</source>
        <translation>画像「{name}」を読めません: {reason}。</translation>
    </message>
    <message>
        <source>The image &quot;{name}&quot; was not found (looked in {folder}). Check the file name, or use a full path or a web address (https://...).</source>
        <translation>画像「{name}」が見つかりません（{folder} を探しました）。ファイル名を確認するか、完全なパスか Web アドレス（https://...）を使ってください。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is a folder, not an image file.</source>
        <translation>「{name}」はフォルダーで、画像ファイルではありません。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a picture the model can read (JPEG, PNG, GIF, BMP, TIFF or WEBP).</source>
        <translation>「{name}」はモデルが読める画像（JPEG、PNG、GIF、BMP、TIFF、WEBP）ではありません。</translation>
    </message>
    <message>
        <source>Row {row} makes a request of {size_mb} MB; one request may be at most {max_mb} MB. Shorten its text (or use smaller images or web addresses).</source>
        <translation>{row} 行目から作られるリクエストは {size_mb} MB ですが、1 つのリクエストは最大 {max_mb} MB です。テキストを短くしてください（または小さい画像か Web アドレスを使ってください）。</translation>
    </message>
    <message>
        <source>Line {line} alone is {size_mb} MB, more than a part may hold ({max_mb} MB). Shorten that request.</source>
        <translation>{line} 行目だけで {size_mb} MB あり、1 つの部分に入る量（{max_mb} MB）を超えています。そのリクエストを短くしてください。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
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
        <translation>重要度</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>修正すること</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>ファイル全体</translation>
    </message>
    <message>
        <source>{message}

(code: {code})</source>
        <translation>{message}

（コード: {code}）</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>すべてを選択</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>すべて保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全てはい(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全ていいえ(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>デフォルトに戻す</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>リンクの場所をコピー(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>すべてを選択</translation>
    </message>
</context>
<context>
    <name>RegionKeyRow</name>
    <message>
        <source>Paste the API key (sk-…) for this region</source>
        <translation>このリージョンの API キー（sk-…）を貼り付け</translation>
    </message>
    <message>
        <source>API key for {region}</source>
        <translation>{region} の API キー</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Save the key for {region}</source>
        <translation>{region} のキーを保存</translation>
    </message>
    <message>
        <source>Test the key for {region}</source>
        <translation>{region} のキーをテスト</translation>
    </message>
    <message>
        <source>Remove the key for {region}</source>
        <translation>{region} のキーを削除</translation>
    </message>
    <message>
        <source>Key status for {region}</source>
        <translation>{region} のキーの状態</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>International (Singapore)</source>
        <translation>国際（シンガポール）</translation>
    </message>
    <message>
        <source>Mainland China (Beijing)</source>
        <translation>中国本土（北京）</translation>
    </message>
    <message>
        <source>Sandbox (simulated, offline)</source>
        <translation>サンドボックス（シミュレーション、オフライン）</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>シンガポール</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
</context>
<context>
    <name>RequestsEditor</name>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>＋ Add row</source>
        <translation>＋ 行を追加</translation>
    </message>
    <message>
        <source>Add a request</source>
        <translation>リクエストを追加</translation>
    </message>
    <message>
        <source>A new, empty request below the selected row</source>
        <translation>選んだ行の下に新しい空のリクエストを追加します</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Duplicate the selected requests</source>
        <translation>選んだリクエストを複製</translation>
    </message>
    <message>
        <source>Copies of the selected rows with new IDs (Ctrl+D)</source>
        <translation>選んだ行を新しい ID で複製します（Ctrl+D）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected requests</source>
        <translation>選んだリクエストを削除</translation>
    </message>
    <message>
        <source>Delete the selected rows (Delete key)</source>
        <translation>選んだ行を削除します（Delete キー）</translation>
    </message>
    <message>
        <source>Find… (Ctrl+F)</source>
        <translation>検索…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>テキストを検索</translation>
    </message>
    <message>
        <source>Searches IDs, prompts, system prompts and models</source>
        <translation>ID、プロンプト、システムプロンプト、モデルを検索します</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>前を検索</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>次を検索</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>次の一致（Enter）</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <source>Problems summary</source>
        <translation>問題の概要</translation>
    </message>
    <message>
        <source>Problems found in the requests</source>
        <translation>リクエストで見つかった問題</translation>
    </message>
    <message>
        <source>Select a request to see all of it here.</source>
        <translation>リクエストを選ぶと、ここに全体が表示されます。</translation>
    </message>
    <message>
        <source>The selected request as JSON</source>
        <translation>選んだリクエストの JSON</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Apply the JSON changes to the request</source>
        <translation>JSON の変更をリクエストに適用</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>変更を元に戻す</translation>
    </message>
    <message>
        <source>Undo the JSON changes</source>
        <translation>JSON の変更を元に戻す</translation>
    </message>
    <message>
        <source>Checking every request…</source>
        <translation>すべてのリクエストをチェックしています…</translation>
    </message>
    <message>
        <source>{name} was changed or removed by another program while it is open here. The table may show wrong rows: open the file again (your edits here are kept if you save them first).</source>
        <translation>{name} は、ここで開いている間に別のプログラムで変更または削除されました。表の行が正しくない可能性があります。ファイルを開き直してください（先に保存すれば、ここでの編集は残ります）。</translation>
    </message>
    <message>
        <source>check the requests</source>
        <translation>リクエストをチェックする</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✓ No problems found.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✓ 問題は見つかりませんでした。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Problems: &lt;b&gt;{errors}&lt;/b&gt; error(s), &lt;b&gt;{warnings}&lt;/b&gt; warning(s) — click one to go to its line.</source>
        <translation>問題: エラー &lt;b&gt;{errors}&lt;/b&gt; 件、警告 &lt;b&gt;{warnings}&lt;/b&gt; 件。クリックするとその行に移動します。</translation>
    </message>
    <message>
        <source>Only the first {shown} are listed.</source>
        <translation>最初の {shown} 件だけを表示しています。</translation>
    </message>
    <message>
        <source>search the requests</source>
        <translation>リクエストを検索する</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{total} 件中 {n} 件目</translation>
    </message>
    <message>
        <source>Line {line} is {size} KB — too large to show and edit here.</source>
        <translation>{line} 行目は {size} KB あり、大きすぎてここでは表示・編集できません。</translation>
    </message>
    <message>
        <source>Line {line} — edit any field here, then press Apply:</source>
        <translation>{line} 行目 — ここで項目を編集し、「適用」を押してください:</translation>
    </message>
    <message>
        <source>Line {line} is not a JSON request. Fix it here, then press Apply:</source>
        <translation>{line} 行目は JSON のリクエストではありません。ここで直して「適用」を押してください:</translation>
    </message>
    <message>
        <source>Not valid JSON yet ({detail}); the request was not changed.</source>
        <translation>まだ正しい JSON ではありません（{detail}）。リクエストは変更していません。</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Sheet row</source>
        <translation>シートの行</translation>
    </message>
    <message>
        <source>ID (custom_id)</source>
        <translation>ID（custom_id）</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>(empty line)</source>
        <translation>（空の行）</translation>
    </message>
    <message>
        <source>[{count} image(s)] </source>
        <translation>[画像 {count} 枚] </translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…ほか {count} 件</translation>
    </message>
    <message>
        <source>This line is not a JSON request. Fix it in the box on the right, then Apply.</source>
        <translation>この行は JSON のリクエストではありません。右の欄で直して「適用」を押してください。</translation>
    </message>
    <message>
        <source>Double-click to edit.</source>
        <translation>ダブルクリックで編集できます。</translation>
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
        <translation>不足</translation>
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
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
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
        <translation>終了理由</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>エラーコード</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>エラーメッセージ</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン数</translation>
    </message>
    <message>
        <source>Embedding dimension</source>
        <translation>埋め込みの次元</translation>
    </message>
    <message>
        <source>Answered by re-run</source>
        <translation>再実行で回答</translation>
    </message>
    <message>
        <source>{total} ({prompt} in + {completion} out)</source>
        <translation>{total}（入力 {prompt} + 出力 {completion}）</translation>
    </message>
    <message>
        <source>Needs another try</source>
        <translation>再試行が必要</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Error: {reason}</source>
        <translation>エラー: {reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>[{count} embedding(s), {dim} dimensions]</source>
        <translation>[埋め込み {count} 件、{dim} 次元]</translation>
    </message>
    <message>
        <source>{text}; {thinking} of the output tokens were thinking</source>
        <translation>{text}。出力トークンのうち {thinking} は思考に使われました</translation>
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
        <translation>回答を開いています…</translation>
    </message>
    <message>
        <source>Results summary</source>
        <translation>結果の概要</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Show rows with status</source>
        <translation>この状態の行を表示</translation>
    </message>
    <message>
        <source>Available once every row&apos;s status is known</source>
        <translation>すべての行の状態がわかると使えます</translation>
    </message>
    <message>
        <source>Re-run failed + missing</source>
        <translation>失敗・不足分を再実行</translation>
    </message>
    <message>
        <source>Re-run the failed and missing rows as a new job</source>
        <translation>失敗した行と不足している行を新しいジョブとして再実行</translation>
    </message>
    <message>
        <source>Sends exactly the failed and missing requests again; the answers merge into these results.</source>
        <translation>失敗したリクエストと不足しているリクエストだけをもう一度送ります。回答はこの結果に統合されます。</translation>
    </message>
    <message>
        <source>Export CSV for Excel…</source>
        <translation>Excel 用 CSV を書き出す…</translation>
    </message>
    <message>
        <source>Export the results as CSV for Excel</source>
        <translation>結果を Excel 用 CSV で書き出す</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>XLSX を書き出す…</translation>
    </message>
    <message>
        <source>Export the results as an Excel workbook</source>
        <translation>結果を Excel ブックで書き出す</translation>
    </message>
    <message>
        <source>Export raw JSONL…</source>
        <translation>元の JSONL を書き出す…</translation>
    </message>
    <message>
        <source>Export the raw answer lines as JSONL</source>
        <translation>元の回答の行を JSONL で書き出す</translation>
    </message>
    <message>
        <source>Results rows</source>
        <translation>結果の行</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>選んだ行</translation>
    </message>
    <message>
        <source>Select a row to read its request and answer in full.</source>
        <translation>行を選ぶと、リクエストと回答の全文を読めます。</translation>
    </message>
    <message>
        <source>Results status</source>
        <translation>結果の状態</translation>
    </message>
    <message>
        <source>count the answers</source>
        <translation>回答を数える</translation>
    </message>
    <message>
        <source>{rows} rows in input order. Counting answers…</source>
        <translation>入力順に {rows} 行。回答を数えています…</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>すべての行</translation>
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
        <translation>不足（回答なし）</translation>
    </message>
    <message>
        <source>Failed or missing</source>
        <translation>失敗または不足</translation>
    </message>
    <message>
        <source>Export answers as CSV for Excel</source>
        <translation>回答を Excel 用 CSV で書き出す</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export answers as an Excel workbook</source>
        <translation>回答を Excel ブックで書き出す</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the raw answer lines</source>
        <translation>元の回答の行を書き出す</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Columns of the exported file</source>
        <translation>書き出すファイルの列</translation>
    </message>
    <message>
        <source>Your sheet + answers</source>
        <translation>あなたの表 + 回答</translation>
    </message>
    <message>
        <source>All columns (technical)</source>
        <translation>すべての列（技術情報）</translation>
    </message>
    <message>
        <source>Your sheet + answers: your own columns in their order, then the answers, then a status. All columns: also the request id, status code, tokens and finish reason of every answer.</source>
        <translation>あなたの表 + 回答: 元の列を同じ順で、その後に回答、最後に状態。すべての列: 各回答のリクエスト ID、ステータスコード、トークン数、終了理由も含みます。</translation>
    </message>
    <message>
        <source>read the rows</source>
        <translation>行を読み込む</translation>
    </message>
    <message>
        <source>Reading the rows… ({rows} so far)</source>
        <translation>行を読み込んでいます…（現在 {rows} 行）</translation>
    </message>
    <message>
        <source>{label} ({count})</source>
        <translation>{label}（{count}）</translation>
    </message>
    <message>
        <source>Show only rows with this status</source>
        <translation>この状態の行だけを表示</translation>
    </message>
    <message>
        <source>Re-run failed + missing ({count})</source>
        <translation>失敗・不足分を再実行（{count}）</translation>
    </message>
    <message>
        <source>{rows} rows in input order.</source>
        <translation>入力順に {rows} 行。</translation>
    </message>
    <message>
        <source>read the answers</source>
        <translation>回答を読む</translation>
    </message>
    <message>
        <source>{ok} answered · {failed} failed · {missing} missing, of {total} rows.</source>
        <translation>{total} 行中 回答 {ok} · 失敗 {failed} · 不足 {missing}。</translation>
    </message>
    <message>
        <source>Tokens: {prompt} in, {completion} out (thinking included), {total} in all.</source>
        <translation>トークン: 入力 {prompt}、出力 {completion}（思考を含む）、合計 {total}。</translation>
    </message>
    <message>
        <source>{rows} rows.</source>
        <translation>{rows} 行。</translation>
    </message>
    <message>
        <source>Comparing {variants}: the table shows {shown}; exports put every model side by side.</source>
        <translation>{variants} を比較中: 表には {shown} を表示しています。書き出すと全モデルが横に並びます。</translation>
    </message>
    <message>
        <source>Not downloaded yet: {variants}.</source>
        <translation>まだダウンロードされていません: {variants}。</translation>
    </message>
    <message>
        <source>Includes the answers of {count} re-run(s): the newest answer of each row is shown.</source>
        <translation>{count} 回の再実行の回答を含みます。各行には最新の回答を表示します。</translation>
    </message>
    <message>
        <source>Cost at batch prices: {cost}.</source>
        <translation>バッチ料金での費用：{cost}。</translation>
    </message>
    <message>
        <source>Cost at batch prices: {each} (not all variants are downloaded yet).</source>
        <translation>バッチ料金での費用：{each}（まだダウンロードされていないバリアントがあります）。</translation>
    </message>
    <message>
        <source>Cost at batch prices: {each} · all variants: {total}.</source>
        <translation>バッチ料金での費用：{each} · 全バリアント：{total}。</translation>
    </message>
    <message>
        <source>filter the rows</source>
        <translation>行を絞り込む</translation>
    </message>
    <message>
        <source>{shown} of {rows} rows, in input order.</source>
        <translation>入力順に {rows} 行中 {shown} 行。</translation>
    </message>
    <message>
        <source>show the row</source>
        <translation>行を表示する</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>{number} 行目</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
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
        <translation>{dim} 次元の埋め込みです。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>The service returned no answer for this request.</source>
        <translation>サービスはこのリクエストに回答を返しませんでした。</translation>
    </message>
    <message>
        <source>finish reason: {reason}</source>
        <translation>終了理由: {reason}</translation>
    </message>
    <message>
        <source>tokens: {tokens}</source>
        <translation>トークン: {tokens}</translation>
    </message>
    <message>
        <source>model: {model}</source>
        <translation>モデル: {model}</translation>
    </message>
    <message>
        <source>answered by re-run {batch}</source>
        <translation>再実行 {batch} で回答</translation>
    </message>
    <message>
        <source>export the answers</source>
        <translation>回答を書き出す</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>{path} を保存しています…</translation>
    </message>
    <message>
        <source>Saved {rows} rows to {path} in {time}.</source>
        <translation>{rows} 行を {path} に保存しました（{time}）。</translation>
    </message>
    <message>
        <source>Saved {rows} rows to {path} — {ok} answered, {failed} failed, {missing} without an answer.</source>
        <translation>{rows} 行を {path} に保存しました（回答 {ok} 件、失敗 {failed} 件、回答なし {missing} 件）。</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} を保存しました</translation>
    </message>
    <message>
        <source>vectors for code: {name}</source>
        <translation>コード用のベクトル: {name}</translation>
    </message>
    <message>
        <source>XLSX keeps every cell exactly as written, with no Excel tricks.</source>
        <translation>XLSX ならすべてのセルが書いたとおりに残り、Excel 向けの工夫は要りません。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>埋め込みベクトル</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>リクエスト ID</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>needs another try</source>
        <translation>再試行が必要</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>回答なし</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>バッチ ID</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>リクエスト数</translation>
    </message>
    <message>
        <source>prompt tokens</source>
        <translation>入力トークン数</translation>
    </message>
    <message>
        <source>completion tokens (thinking included)</source>
        <translation>出力トークン数（思考を含む）</translation>
    </message>
    <message>
        <source>total tokens</source>
        <translation>合計トークン数</translation>
    </message>
    <message>
        <source>cost at batch prices</source>
        <translation>バッチ料金での費用</translation>
    </message>
    <message>
        <source>cost of all variants at batch prices</source>
        <translation>全バリアントのバッチ料金での費用</translation>
    </message>
    <message>
        <source>free</source>
        <translation>無料</translation>
    </message>
    <message>
        <source>unknown ({reason})</source>
        <translation>不明（{reason}）</translation>
    </message>
    <message>
        <source>{column}: the variants agree</source>
        <translation>{column}：バリアントの一致</translation>
    </message>
    <message>
        <source>{agree} of {compared} ({share})</source>
        <translation>{compared} 行中 {agree} 行（{share}）</translation>
    </message>
    <message>
        <source>cells cut to {limit} characters</source>
        <translation>{limit} 文字に切り詰めたセル</translation>
    </message>
</context>
<context>
    <name>SavedFileBar</name>
    <message>
        <source>Exported file</source>
        <translation>書き出したファイル</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>書き出したファイルを開く</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーで表示</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>書き出したファイルをフォルダーで表示</translation>
    </message>
</context>
<context>
    <name>ServerWaits</name>
    <message>
        <source>Checking whether the batch was created, in {seconds} s</source>
        <translation>{seconds} 秒後にバッチが作成されたか確認します</translation>
    </message>
    <message>
        <source>Connection problem, retrying in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>接続に問題があります。{seconds} 秒後に再試行します（{attempts} 回中 {attempt} 回目）</translation>
    </message>
    <message>
        <source>Server busy, retrying in {seconds} s (attempt {attempt} of {attempts})</source>
        <translation>サーバーが混み合っています。{seconds} 秒後に再試行します（{attempts} 回中 {attempt} 回目）</translation>
    </message>
    <message>
        <source>No answer from the server yet ({seconds} s); still waiting, for up to {limit} s</source>
        <translation>サーバーからまだ応答がありません（{seconds} 秒）。最大 {limit} 秒まで待ち続けます</translation>
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
        <translation>リージョンごとに&lt;b&gt;別の API キー&lt;/b&gt;が必要です。シンガポールのキーは北京では使えません。キーはシステムのキーチェーンに保存され、ファイルには書かれず、保存後に再表示されることもありません。</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>システムのキーチェーンを探しています…</translation>
    </message>
    <message>
        <source>Where keys are stored</source>
        <translation>キーの保存先</translation>
    </message>
    <message>
        <source>API keys by region</source>
        <translation>リージョン別の API キー</translation>
    </message>
    <message>
        <source>Add another OpenAI-compatible endpoint</source>
        <translation>別の OpenAI 互換エンドポイントを追加</translation>
    </message>
    <message>
        <source>Name, e.g. Frankfurt</source>
        <translation>名前（例: Frankfurt）</translation>
    </message>
    <message>
        <source>Custom endpoint name</source>
        <translation>カスタムエンドポイントの名前</translation>
    </message>
    <message>
        <source>Base URL, e.g. https://example.com/compatible-mode/v1</source>
        <translation>Base URL（例: https://example.com/compatible-mode/v1）</translation>
    </message>
    <message>
        <source>Custom endpoint base URL</source>
        <translation>カスタムエンドポイントの Base URL</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>エンドポイントを追加</translation>
    </message>
    <message>
        <source>Add the custom endpoint</source>
        <translation>カスタムエンドポイントを追加</translation>
    </message>
    <message>
        <source>Spending cap</source>
        <translation>支出上限</translation>
    </message>
    <message>
        <source>&amp;Cap per job:</source>
        <translation>1 ジョブの上限(&amp;C):</translation>
    </message>
    <message>
        <source>Spending cap per job</source>
        <translation>1 ジョブあたりの支出上限</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>In the region&apos;s currency. A submit whose upper estimate is above it — or cannot be estimated — is refused with the numbers. The free test model and the sandbox are never capped.</source>
        <translation>リージョンの通貨で指定します。見積もりの上限がこれを超える（または見積もれない）送信は、数値を示して拒否されます。無料のテストモデルとサンドボックスには上限はかかりません。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>ウィンドウの言語(&amp;L):</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>ウィンドウの言語</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>システムの言語（{language}）</translation>
    </message>
    <message>
        <source>A new language takes effect after you restart Batch Desk.</source>
        <translation>新しい言語は Batch Desk を再起動すると反映されます。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Restart Batch Desk in the new language</source>
        <translation>新しい言語で Batch Desk を再起動</translation>
    </message>
    <message>
        <source>When the window is closed</source>
        <translation>ウィンドウを閉じたとき</translation>
    </message>
    <message>
        <source>Keep checking jobs in the background, from an icon in the system tray (menu bar)</source>
        <translation>バックグラウンドでジョブの確認を続ける（システムトレイ / メニューバーにアイコンを表示）</translation>
    </message>
    <message>
        <source>Keep checking jobs in the background</source>
        <translation>バックグラウンドでジョブの確認を続ける</translation>
    </message>
    <message>
        <source>Batch Desk then tells you when a job ends even after you close its window; choose Quit (Ctrl+Q) to stop it.</source>
        <translation>ウィンドウを閉じた後も、ジョブが終わると Batch Desk がお知らせします。止めるには「終了」（Ctrl+Q）を選んでください。</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so checking stops when the window closes. Your jobs keep running on the server (up to 14 days): start Batch Desk again and it picks them up and downloads the answers.</source>
        <translation>このデスクトップにはトレイアイコンが表示されないため、ウィンドウを閉じると確認は止まります。ジョブはサーバー上で動き続けます（最長 14 日）。Batch Desk をもう一度起動すれば、続きを確認して回答をダウンロードします。</translation>
    </message>
    <message>
        <source>Saved. Restart Batch Desk to see the new language.</source>
        <translation>保存しました。Batch Desk を再起動すると新しい言語で表示されます。</translation>
    </message>
    <message>
        <source>save the key</source>
        <translation>キーを保存する</translation>
    </message>
    <message>
        <source>test the key</source>
        <translation>キーをテストする</translation>
    </message>
    <message>
        <source>remove the key</source>
        <translation>キーを削除する</translation>
    </message>
    <message>
        <source>A key is stored ({masked}).</source>
        <translation>キーが保存されています（{masked}）。</translation>
    </message>
    <message>
        <source>No key yet. Get one at &lt;a href=&apos;{url}&apos;&gt;the {region} console&lt;/a&gt;.</source>
        <translation>まだキーがありません。&lt;a href=&apos;{url}&apos;&gt;{region} のコンソール&lt;/a&gt;で取得してください。</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>まだキーがありません。</translation>
    </message>
    <message>
        <source>Keys are stored in: &lt;b&gt;{where}&lt;/b&gt;.</source>
        <translation>キーの保存先: &lt;b&gt;{where}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>⚠ {problem} Nothing is written to disk.</source>
        <translation>⚠ {problem} ディスクには何も書き込まれません。</translation>
    </message>
    <message>
        <source>no keychain service was found</source>
        <translation>キーチェーンのサービスが見つかりません</translation>
    </message>
    <message>
        <source>⚠ No system keychain is available ({problem}). A key you save is kept &lt;b&gt;for this session only&lt;/b&gt; and forgotten when the app closes — nothing is written to disk.</source>
        <translation>⚠ システムのキーチェーンが使えません（{problem}）。保存したキーは&lt;b&gt;このセッションの間だけ&lt;/b&gt;保持され、アプリを閉じると消えます。ディスクには何も書き込みません。</translation>
    </message>
    <message>
        <source>Paste a key first.</source>
        <translation>先にキーを貼り付けてください。</translation>
    </message>
    <message>
        <source>{where} Press Test to check it with the server.</source>
        <translation>{where}「テスト」を押すとサーバーで確認できます。</translation>
    </message>
    <message>
        <source>There is no key to test. Paste one first.</source>
        <translation>テストするキーがありません。先に貼り付けてください。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>✓ The key works in this region.</source>
        <translation>✓ このキーはこのリージョンで使えます。</translation>
    </message>
    <message>
        <source>Removed. This region has no key now.</source>
        <translation>削除しました。このリージョンにはキーがありません。</translation>
    </message>
    <message>
        <source>Added “{name}”. Save its key above; it appears in the region list after a restart.</source>
        <translation>「{name}」を追加しました。上でキーを保存してください。再起動後にリージョン一覧に表示されます。</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>← Choose another file</source>
        <translation>← 別のファイルを選ぶ</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>別のファイルを選ぶ</translation>
    </message>
    <message>
        <source>Mapping status</source>
        <translation>対応づけの状態</translation>
    </message>
    <message>
        <source>Create requests →</source>
        <translation>リクエストを作成 →</translation>
    </message>
    <message>
        <source>Create the requests</source>
        <translation>リクエストを作成</translation>
    </message>
    <message>
        <source>1. How to read the file</source>
        <translation>1. ファイルの読み方</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>Te&amp;xt encoding:</source>
        <translation>文字コード(&amp;X):</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>列の区切り文字</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>カンマ（,）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>セミコロン（;）</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>縦線（|）</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>区切り文字(&amp;S):</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>シート(&amp;H):</translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation>1 行目は列名</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>1 行目は見出し</translation>
    </message>
    <message>
        <source>What was detected</source>
        <translation>検出した内容</translation>
    </message>
    <message>
        <source>Problem reading the file</source>
        <translation>ファイルの読み込みの問題</translation>
    </message>
    <message>
        <source>Preview of the table</source>
        <translation>表のプレビュー</translation>
    </message>
    <message>
        <source>2. Turn each row into a request</source>
        <translation>2. 各行をリクエストにする</translation>
    </message>
    <message>
        <source>Request ID column</source>
        <translation>リクエスト ID の列</translation>
    </message>
    <message>
        <source>Each request needs its own ID, so each answer can be matched to its row. Pick a column, or let the app number the rows.</source>
        <translation>回答を各行に対応させるため、リクエストごとに別の ID が必要です。列を選ぶか、アプリに行番号を振らせてください。</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>プロンプトのテンプレート</translation>
    </message>
    <message>
        <source>e.g. Translate into English: {text}</source>
        <translation>例: 英語に翻訳してください: {text}</translation>
    </message>
    <message>
        <source>The prompt sent for each row. {column} is replaced by that row&apos;s cell; write {{ or }} for a brace.</source>
        <translation>各行に送るプロンプトです。{column} はその行のセルに置き換わります。波括弧そのものは {{ または }} と書きます。</translation>
    </message>
    <message>
        <source>Insert column ▾</source>
        <translation>列を挿入 ▾</translation>
    </message>
    <message>
        <source>Insert a column into the prompt</source>
        <translation>プロンプトに列を挿入</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>プロンプト(&amp;P):</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Optional: instructions for every request, e.g. You are a careful translator.</source>
        <translation>任意: すべてのリクエストに付ける指示（例: あなたは丁寧な翻訳者です。）</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>システムプロンプト(&amp;Y):</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>リクエストの種類</translation>
    </message>
    <message>
        <source>Chat (answers)</source>
        <translation>チャット（回答）</translation>
    </message>
    <message>
        <source>Embeddings (vectors)</source>
        <translation>埋め込み（ベクトル）</translation>
    </message>
    <message>
        <source>Free test model (dummy answers)</source>
        <translation>無料のテストモデル（ダミーの回答）</translation>
    </message>
    <message>
        <source>Chat: the model writes an answer to each prompt. Embeddings: a vector for each text. Free test model: checks the file and the connection; the answers are placeholders.</source>
        <translation>チャット: モデルが各プロンプトに回答を書きます。埋め込み: 各テキストのベクトルを作ります。無料のテストモデル: ファイルと接続を確認します（回答はダミーです）。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>モデルの既定値</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>temperature</translation>
    </message>
    <message>
        <source>Lower is more predictable, higher more varied (0 up to 2).</source>
        <translation>低いほど安定し、高いほど多様になります（0 以上 2 未満）。</translation>
    </message>
    <message>
        <source>top_p</source>
        <translation>top_p</translation>
    </message>
    <message>
        <source>Longest answer in tokens (max_tokens)</source>
        <translation>回答の最大長（トークン数、max_tokens）</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大トークン数</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>設定:</translation>
    </message>
    <message>
        <source>Thinking mode (enable_thinking)</source>
        <translation>思考モード（enable_thinking）</translation>
    </message>
    <message>
        <source>Off — answer directly (enable_thinking: false)</source>
        <translation>オフ — すぐに回答（enable_thinking: false）</translation>
    </message>
    <message>
        <source>On — think first (enable_thinking: true)</source>
        <translation>オン — 先に考える（enable_thinking: true）</translation>
    </message>
    <message>
        <source>Thinking tokens are billed as output tokens: with thinking on, answers cost more and take longer.</source>
        <translation>思考トークンは出力トークンとして課金されます。思考をオンにすると、回答は高く、遅くなります。</translation>
    </message>
    <message>
        <source>&amp;Thinking:</source>
        <translation>思考(&amp;T):</translation>
    </message>
    <message>
        <source>Image column</source>
        <translation>画像の列</translation>
    </message>
    <message>
        <source>For vision models (qwen-vl-*): a column with image web addresses or file paths. Local pictures are embedded (at most 4 MB each).</source>
        <translation>視覚モデル（qwen-vl-*）用: 画像の Web アドレスかファイルパスが入った列。ローカルの画像は埋め込まれます（1 枚 4 MB まで）。</translation>
    </message>
    <message>
        <source>I&amp;mages:</source>
        <translation>画像(&amp;M):</translation>
    </message>
    <message>
        <source>Ans&amp;wer columns:</source>
        <translation>回答の列(&amp;W):</translation>
    </message>
    <message>
        <source>Problems with the mapping</source>
        <translation>対応づけの問題</translation>
    </message>
    <message>
        <source>3. The request for the selected row</source>
        <translation>3. 選んだ行のリクエスト</translation>
    </message>
    <message>
        <source>Select a row on the left to see its request.</source>
        <translation>左で行を選ぶと、そのリクエストが表示されます。</translation>
    </message>
    <message>
        <source>Prompt of the selected row</source>
        <translation>選んだ行のプロンプト</translation>
    </message>
    <message>
        <source>Request preview (JSON)</source>
        <translation>リクエストのプレビュー（JSON）</translation>
    </message>
    <message>
        <source>close the previous table</source>
        <translation>前の表を閉じる</translation>
    </message>
    <message>
        <source>close the table</source>
        <translation>表を閉じる</translation>
    </message>
    <message>
        <source>Detected encoding: {label}. {reason}</source>
        <translation>検出した文字コード: {label}。{reason}</translation>
    </message>
    <message>
        <source>Read as {label} (your choice).</source>
        <translation>{label} として読み込みました（あなたの選択）。</translation>
    </message>
    <message>
        <source>Cells separated by: {name}.</source>
        <translation>セルの区切り: {name}。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of {count}.</source>
        <translation>シート「{sheet}」（全 {count} 枚）。</translation>
    </message>
    <message>
        <source>If the text below looks wrong (boxes or odd characters), choose another encoding.</source>
        <translation>下のテキストが正しく見えない（四角や変な文字になる）場合は、別の文字コードを選んでください。</translation>
    </message>
    <message>
        <source>Numbers and dates are shown as Excel shows them.</source>
        <translation>数値と日付は Excel での表示どおりに示します。</translation>
    </message>
    <message>
        <source>{name}: {rows} rows · {columns} columns.</source>
        <translation>{name}: {rows} 行 · {columns} 列。</translation>
    </message>
    <message>
        <source>{name}: about {rows} rows · {columns} columns. The first {shown} rows:</source>
        <translation>{name}: 約 {rows} 行 · {columns} 列。最初の {shown} 行:</translation>
    </message>
    <message>
        <source>Number the rows for me (row-2, row-3, …)</source>
        <translation>行番号を振る（row-2、row-3、…）</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <source>Column “{name}”</source>
        <translation>列「{name}」</translation>
    </message>
    <message>
        <source>read the file again</source>
        <translation>ファイルを読み直す</translation>
    </message>
    <message>
        <source>The file cannot be read this way: {reason}</source>
        <translation>この方法ではファイルを読めません: {reason}</translation>
    </message>
    <message>
        <source>show the request preview</source>
        <translation>リクエストのプレビューを表示する</translation>
    </message>
    <message>
        <source>⚠ Not in this region&apos;s documented batch models — it may not work there.</source>
        <translation>⚠ このリージョンのバッチ対応モデルとして記載されていません。動かない可能性があります。</translation>
    </message>
    <message>
        <source>Create {rows} requests →</source>
        <translation>{rows} 件のリクエストを作成 →</translation>
    </message>
    <message>
        <source>Fix the problem shown in red to continue.</source>
        <translation>赤で示した問題を直すと先に進めます。</translation>
    </message>
    <message>
        <source>Next: create the requests, then check and edit them before anything is sent.</source>
        <translation>次へ: リクエストを作成し、送信する前にチェック・編集します。</translation>
    </message>
    <message>
        <source>Column “{column}”: {blank} blank and {repeated} repeated ID(s) in the rows shown. Every request needs its own ID: fix them in the next step, or let the app number the rows.</source>
        <translation>列「{column}」: 表示中の行に空の ID が {blank} 件、重複した ID が {repeated} 件あります。リクエストごとに別の ID が必要です。次の手順で直すか、アプリに行番号を振らせてください。</translation>
    </message>
    <message>
        <source>The table has no data rows.</source>
        <translation>表にデータ行がありません。</translation>
    </message>
    <message>
        <source>Sheet row {row} cannot become a request: {reason}</source>
        <translation>シートの {row} 行目はリクエストにできません: {reason}</translation>
    </message>
    <message>
        <source>Fix the mapping above to see the request for sheet row {row}.</source>
        <translation>上の対応づけを直すと、シートの {row} 行目のリクエストが表示されます。</translation>
    </message>
    <message>
        <source>Sheet row {row} → prompt: &lt;b&gt;{prompt}&lt;/b&gt;</source>
        <translation>シートの {row} 行目 → プロンプト: &lt;b&gt;{prompt}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>開いているファイル</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>別のファイルを開く…</translation>
    </message>
    <message>
        <source>Open another file</source>
        <translation>別のファイルを開く</translation>
    </message>
    <message>
        <source>Or drop a file anywhere on this window (Ctrl+O)</source>
        <translation>このウィンドウのどこにでもファイルをドロップできます（Ctrl+O）</translation>
    </message>
    <message>
        <source>create the requests</source>
        <translation>リクエストを作成する</translation>
    </message>
    <message>
        <source>Drop your spreadsheet or batch file here</source>
        <translation>スプレッドシートかバッチファイルをここにドロップ</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xls), LibreOffice (.ods), CSV / TSV / TXT saved in any common encoding (Chinese, Japanese, Korean, Western), or a ready JSONL batch file. You choose how each row becomes a request and check everything before anything is uploaded.</source>
        <translation>Excel（.xlsx、.xls）、LibreOffice（.ods）、一般的な文字コード（中国語・日本語・韓国語・欧文）で保存した CSV / TSV / TXT、または作成済みの JSONL バッチファイル。各行をどうリクエストにするかを決め、アップロード前にすべてをチェックします。</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>Open a spreadsheet or batch file</source>
        <translation>スプレッドシートかバッチファイルを開く</translation>
    </message>
    <message>
        <source>Try a sample: translate Chinese and Japanese sentences</source>
        <translation>サンプルを試す: 中国語と日本語の文を翻訳</translation>
    </message>
    <message>
        <source>Open the sample spreadsheet</source>
        <translation>サンプルのスプレッドシートを開く</translation>
    </message>
    <message>
        <source>No file yet. Step 1: add your file. Step 2: check it. Step 3: submit.</source>
        <translation>まだファイルがありません。手順 1: ファイルを追加。手順 2: チェック。手順 3: 送信。</translation>
    </message>
    <message>
        <source>File summary</source>
        <translation>ファイルの概要</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>費用の見積もり</translation>
    </message>
    <message>
        <source>Split offer</source>
        <translation>分割の提案</translation>
    </message>
    <message>
        <source>Rehearsal result</source>
        <translation>試行の結果</translation>
    </message>
    <message>
        <source>Shown in the job list</source>
        <translation>ジョブ一覧に表示されます</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>バッチ名</translation>
    </message>
    <message>
        <source>Optional, up to 200 characters</source>
        <translation>任意、200 文字まで</translation>
    </message>
    <message>
        <source>Batch description</source>
        <translation>バッチの説明</translation>
    </message>
    <message>
        <source>Completion window</source>
        <translation>完了期限</translation>
    </message>
    <message>
        <source>How long the service may take: 24h to 336h (14d). Requests not done by then are not run and not billed.</source>
        <translation>サービスにかけてよい時間: 24h～336h（14d）。それまでに終わらなかったリクエストは実行されず、課金もされません。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Finish &amp;within:</source>
        <translation>完了期限(&amp;W):</translation>
    </message>
    <message>
        <source>← Change the columns</source>
        <translation>← 列の設定を変更</translation>
    </message>
    <message>
        <source>Back to the column mapping</source>
        <translation>列の対応づけに戻る</translation>
    </message>
    <message>
        <source>Creating the requests again replaces the edits made in this table.</source>
        <translation>リクエストを作り直すと、この表で行った編集は置き換えられます。</translation>
    </message>
    <message>
        <source>Save as JSONL…</source>
        <translation>JSONL で保存…</translation>
    </message>
    <message>
        <source>Save the requests as a JSONL file</source>
        <translation>リクエストを JSONL ファイルで保存</translation>
    </message>
    <message>
        <source>UTF-8, one request per line (Ctrl+S)</source>
        <translation>UTF-8、1 行に 1 リクエスト（Ctrl+S）</translation>
    </message>
    <message>
        <source>Try on the test model (free)</source>
        <translation>テストモデルで試す（無料）</translation>
    </message>
    <message>
        <source>Try the first requests on the free test model</source>
        <translation>最初のリクエストを無料のテストモデルで試す</translation>
    </message>
    <message>
        <source>Sends up to the first 100 requests to batch-test-model in this region. It costs nothing and shows whether the file and the connection work, before the real run.</source>
        <translation>最初の最大 100 件のリクエストを、このリージョンの batch-test-model に送ります。無料で、本番の前にファイルと接続が動くかを確認できます。</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>アップロードの進捗</translation>
    </message>
    <message>
        <source>Submit batch</source>
        <translation>バッチを送信</translation>
    </message>
    <message>
        <source>Upload the file and start the batch (Ctrl+Enter)</source>
        <translation>ファイルをアップロードしてバッチを開始します（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>ファイルを追加</translation>
    </message>
    <message>
        <source>Map columns</source>
        <translation>列の対応づけ</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>チェックして送信</translation>
    </message>
    <message>
        <source>Please drop one file at a time; the first one is opened.</source>
        <translation>ファイルは 1 つずつドロップしてください。最初のファイルを開きました。</translation>
    </message>
    <message>
        <source>open the file</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <source>Spreadsheets and batch files ({patterns});;Batch files (*.jsonl);;All files (*)</source>
        <translation>スプレッドシートとバッチファイル ({patterns});;バッチファイル (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>“{name}” is a folder. Drop a spreadsheet or a .jsonl file instead.</source>
        <translation>「{name}」はフォルダーです。スプレッドシートか .jsonl ファイルをドロップしてください。</translation>
    </message>
    <message>
        <source>The file {path} cannot be found. It may have been moved or deleted.</source>
        <translation>ファイル {path} が見つかりません。移動または削除された可能性があります。</translation>
    </message>
    <message>
        <source>Reading &lt;b&gt;{name}&lt;/b&gt;…</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; を読み込んでいます…</translation>
    </message>
    <message>
        <source>Opening &lt;b&gt;{name}&lt;/b&gt;…</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; を開いています…</translation>
    </message>
    <message>
        <source>estimate the cost</source>
        <translation>費用を見積もる</translation>
    </message>
    <message>
        <source>Estimating the cost…</source>
        <translation>費用を見積もっています…</translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation>確認を待っています…</translation>
    </message>
    <message>
        <source>Not submitted: nothing was sent.</source>
        <translation>送信していません：何も送られていません。</translation>
    </message>
    <message>
        <source>Submitted “{name}” as {count} batches ({variants}), each billed. The results put their answers side by side once they are all downloaded.</source>
        <translation>「{name}」を {count} 件のバッチ（{variants}）として送信しました。それぞれ課金されます。すべてダウンロードされると、結果で回答が横に並びます。</translation>
    </message>
    <message>
        <source>The file {name} could not be read ({reason}). Check that it is not open in another program.</source>
        <translation>ファイル {name} を読めませんでした（{reason}）。別のプログラムで開いていないか確認してください。</translation>
    </message>
    <message>
        <source>Creating the requests…</source>
        <translation>リクエストを作成しています…</translation>
    </message>
    <message>
        <source>The requests could not be created.</source>
        <translation>リクエストを作成できませんでした。</translation>
    </message>
    <message>
        <source>prompt B</source>
        <translation>プロンプト B</translation>
    </message>
    <message>
        <source>Your unsaved edits were kept in {path}.</source>
        <translation>保存していない編集は {path} に残しました。</translation>
    </message>
    <message>
        <source>File: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>ファイル: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Finish callback address</source>
        <translation>完了コールバックのアドレス</translation>
    </message>
    <message>
        <source>Optional, advanced: a public https:// address the service calls when the job ends</source>
        <translation>任意・上級者向け: ジョブ終了時にサービスが呼び出す公開 https:// アドレス</translation>
    </message>
    <message>
        <source>Beijing only (metadata.ds_batch_finish_callback). The service sends a POST to this address when the job ends, so a server of yours learns about it without this app running.</source>
        <translation>北京のみ（metadata.ds_batch_finish_callback）。ジョブが終わるとサービスがこのアドレスに POST を送るので、このアプリが動いていなくてもあなたのサーバーが終了を知ることができます。</translation>
    </message>
    <message>
        <source>Finish ca&amp;llback:</source>
        <translation>完了コールバック(&amp;L):</translation>
    </message>
    <message>
        <source>New requests</source>
        <translation>新しいリクエスト</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {rows} rows · checking…</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {rows} 行 · チェック中…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {requests} requests · {size} · model {models} · endpoint {endpoint}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — リクエスト {requests} 件 · {size} · モデル {models} · エンドポイント {endpoint}</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>&lt;i&gt;edited, not saved&lt;/i&gt;</source>
        <translation>&lt;i&gt;編集済み・未保存&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1a5fb4&apos;&gt;ℹ Over the per-file limit — it can be sent as {parts} parts.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1a5fb4&apos;&gt;ℹ 1 ファイルの上限を超えています。{parts} 個に分けて送れます。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;✕ {errors} error(s) must be fixed before submitting.&lt;/span&gt; Click a problem below to go to its line, then edit the cell.</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;✕ 送信前に直す必要があるエラーが {errors} 件あります。&lt;/span&gt;下の問題をクリックするとその行に移動します。セルを編集してください。</translation>
    </message>
    <message>
        <source>There are also {warnings} warning(s).</source>
        <translation>警告も {warnings} 件あります。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a05a00&apos;&gt;⚠ {warnings} warning(s) — you can still submit.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a05a00&apos;&gt;⚠ 警告 {warnings} 件（送信はできます）。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✓ No problems found. Ready to submit.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✓ 問題は見つかりませんでした。送信できます。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>This file has {requests} requests ({size}), more than one batch may hold. Submit can split it into {parts} parts of at most {largest} requests that each fit, and send them as one job group: the answers come back together in Jobs and results.</source>
        <translation>このファイルにはリクエストが {requests} 件（{size}）あり、1 つのバッチに入る量を超えています。送信時に、それぞれ上限内の最大 {largest} 件ずつ {parts} 個に分け、1 つのジョブグループとして送れます。回答は「ジョブと結果」にまとめて戻ります。</translation>
    </message>
    <message>
        <source>Note: the test model runs at most {tasks} jobs at a time, so the other parts are refused until earlier ones finish. Use a smaller sample for the free test.</source>
        <translation>注意: テストモデルが同時に実行できるジョブは最大 {tasks} 件なので、前の部分が終わるまで他の部分は拒否されます。無料テストには小さめのサンプルを使ってください。</translation>
    </message>
    <message>
        <source>Submit again anyway</source>
        <translation>それでも再送信</translation>
    </message>
    <message>
        <source>Submit as {parts} parts</source>
        <translation>{parts} 個に分けて送信</translation>
    </message>
    <message>
        <source>Submit {count} batches (one per model)</source>
        <translation>{count} 件のバッチを送信（モデルごとに 1 件）</translation>
    </message>
    <message>
        <source>Submit {count} batches (one per prompt)</source>
        <translation>{count} 件のバッチを送信（プロンプトごとに 1 件）</translation>
    </message>
    <message>
        <source>Save the requests</source>
        <translation>リクエストを保存</translation>
    </message>
    <message>
        <source>Batch files (*.jsonl)</source>
        <translation>バッチファイル (*.jsonl)</translation>
    </message>
    <message>
        <source>save the requests</source>
        <translation>リクエストを保存する</translation>
    </message>
    <message>
        <source>Saved {count} requests to {path}.</source>
        <translation>{count} 件のリクエストを {path} に保存しました。</translation>
    </message>
    <message>
        <source>There is nothing to submit yet: add a file and create its requests first.</source>
        <translation>まだ送信するものがありません。先にファイルを追加して、リクエストを作成してください。</translation>
    </message>
    <message>
        <source>The batch is already being submitted.</source>
        <translation>このバッチはすでに送信中です。</translation>
    </message>
    <message>
        <source>submit the batch</source>
        <translation>バッチを送信する</translation>
    </message>
    <message>
        <source>Add a file first.</source>
        <translation>先にファイルを追加してください。</translation>
    </message>
    <message>
        <source>The requests still have errors. Fix the problems listed, then submit.</source>
        <translation>リクエストにまだエラーがあります。一覧の問題を直してから送信してください。</translation>
    </message>
    <message>
        <source>Not sent: a comparison sends one batch per model or prompt, and each has to fit in one file. These requests would have to be split into {parts} parts (over the service&apos;s per-file limits), and comparing split files is not supported yet. Use fewer rows, or build the requests again without the comparison.</source>
        <translation>送信していません：比較ではモデルまたはプロンプトごとに 1 つのバッチを送り、それぞれが 1 つのファイルに収まる必要があります。これらのリクエストは {parts} 個に分割する必要があり（サービスのファイルごとの上限を超えています）、分割したファイルの比較にはまだ対応していません。行を減らすか、比較なしでリクエストを作り直してください。</translation>
    </message>
    <message>
        <source>Preparing the file…</source>
        <translation>ファイルを準備しています…</translation>
    </message>
    <message>
        <source>Uploading batch {number} of {count}…</source>
        <translation>バッチ {number}/{count} をアップロード中…</translation>
    </message>
    <message>
        <source>prompt A</source>
        <translation>プロンプト A</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>アップロード中…</translation>
    </message>
    <message>
        <source>Uploading part {part} of {parts}…</source>
        <translation>{parts} 個中 {part} 個目をアップロード中…</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信していません。</translation>
    </message>
    <message>
        <source>Nothing was sent. To run it again anyway, press “Submit again anyway”.</source>
        <translation>何も送信していません。もう一度実行する場合は「それでも再送信」を押してください。</translation>
    </message>
    <message>
        <source>The submit could not be confirmed yet; the app keeps checking.</source>
        <translation>送信をまだ確認できていません。アプリが確認を続けます。</translation>
    </message>
    <message>
        <source>Submitted “{name}” as {parts} parts (one job group). Each part runs as its own batch; this window checks on them and downloads the answers when they end.</source>
        <translation>「{name}」を {parts} 個に分けて送信しました（1 つのジョブグループ）。各部分は別々のバッチとして実行されます。このウィンドウが状況を確認し、終わったら回答をダウンロードします。</translation>
    </message>
    <message>
        <source>Submitted “{name}” ({batch}). It now runs on the server; this window checks on it and downloads the answers when it ends. You can close the app and come back later.</source>
        <translation>「{name}」（{batch}）を送信しました。サーバーで実行中です。このウィンドウが状況を確認し、終わったら回答をダウンロードします。アプリを閉じて、あとで戻ってきてもかまいません。</translation>
    </message>
    <message>
        <source>start the rehearsal</source>
        <translation>試行を始める</translation>
    </message>
    <message>
        <source>Rehearsal sent: {count} request(s) to the free test model in {region}. The answers are placeholders; what matters is whether the file and the connection work. The result shows here when it finishes (usually within minutes) — you can keep editing meanwhile.</source>
        <translation>試行を送信しました: {region} の無料テストモデルに {count} 件のリクエスト。回答はダミーで、大事なのはファイルと接続が動くかどうかです。終わると（通常は数分以内）結果がここに表示されます。その間も編集を続けられます。</translation>
    </message>
    <message>
        <source>show the rehearsal result</source>
        <translation>試行の結果を表示する</translation>
    </message>
    <message>
        <source>Rehearsal passed: all {count} request(s) came back from the test model. The format, the key and the connection work — submit the real batch when you are ready.</source>
        <translation>試行は成功しました: {count} 件すべてのリクエストがテストモデルから戻りました。形式、キー、接続は問題ありません。準備ができたら本番のバッチを送信してください。</translation>
    </message>
    <message>
        <source>Rehearsal did not pass ({status}): {succeeded} request(s) came back, {failed} failed. {details}</source>
        <translation>試行は成功しませんでした（{status}）: 戻ったリクエスト {succeeded} 件、失敗 {failed} 件。{details}</translation>
    </message>
</context>
<context>
    <name>TablePreviewModel</name>
    <message>
        <source>Row {row} has {cells} cells; the table has {columns} columns.</source>
        <translation>{row} 行目のセルは {cells} 個ですが、表は {columns} 列です。</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Could not {action}: an unexpected error happened. Details are in the log (Help ▸ Log folder).</source>
        <translation>{action}ことができませんでした: 予期しないエラーが発生しました。詳細はログにあります（ヘルプ ▸ ログフォルダー）。</translation>
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
        <translation>{m} 分</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 時間 {m} 分</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} 日 {h} 時間</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} バイト</translation>
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
        <translation>まだ実行中です。</translation>
    </message>
    <message>
        <source>Every request has an answer.</source>
        <translation>すべてのリクエストに回答があります。</translation>
    </message>
    <message>
        <source>Every request was answered, but some failed; you can re-run the failed ones.</source>
        <translation>すべてのリクエストに回答がありましたが、一部が失敗しました。失敗したものを再実行できます。</translation>
    </message>
    <message>
        <source>The service says this job completed, but answers are missing for some requests. It is not done: re-run the missing ones.</source>
        <translation>サービスはこのジョブを完了としていますが、一部のリクエストの回答がありません。終わっていないので、不足分を再実行してください。</translation>
    </message>
    <message>
        <source>The job ended early (expired or cancelled). Answers already given are kept (and billed); the rest never ran — re-run them.</source>
        <translation>ジョブは途中で終了しました（期限切れまたはキャンセル）。得られた回答は残り（課金されます）、残りは実行されていません。再実行してください。</translation>
    </message>
    <message>
        <source>The job ended before any request was answered; nothing was billed.</source>
        <translation>どのリクエストにも回答が出る前にジョブが終了しました。課金はありません。</translation>
    </message>
    <message>
        <source>The job failed as a whole (see its errors); nothing was run or billed.</source>
        <translation>ジョブ全体が失敗しました（エラーを確認してください）。何も実行・課金されていません。</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Welcome to {app}</source>
        <translation>{app} へようこそ</translation>
    </message>
    <message>
        <source>&amp;Got it — hide this</source>
        <translation>わかりました、閉じる(&amp;G)</translation>
    </message>
    <message>
        <source>Hide the welcome panel</source>
        <translation>ようこそパネルを隠す</translation>
    </message>
    <message>
        <source>Help ▸ Welcome shows it again.</source>
        <translation>「ヘルプ ▸ ようこそ」でもう一度表示できます。</translation>
    </message>
    <message>
        <source>Send thousands of prompts to Alibaba Cloud Model Studio as one batch job — at half the price of one-by-one calls, without writing code. Three steps:</source>
        <translation>何千ものプロンプトを 1 つのバッチジョブとして Alibaba Cloud Model Studio に送れます。1 件ずつ呼び出す場合の半額で、コードは不要です。手順は 3 つ:</translation>
    </message>
    <message>
        <source>① Add your file</source>
        <translation>① ファイルを追加</translation>
    </message>
    <message>
        <source>Drop a spreadsheet (Excel, CSV) or a JSONL batch file on the window, or press Open file (Ctrl+O).</source>
        <translation>スプレッドシート（Excel、CSV）か JSONL バッチファイルをウィンドウにドロップするか、「ファイルを開く」（Ctrl+O）を押します。</translation>
    </message>
    <message>
        <source>② Check</source>
        <translation>② チェック</translation>
    </message>
    <message>
        <source>Every documented limit is checked before anything is uploaded. Problems are listed with their line and what to do.</source>
        <translation>アップロード前に、ドキュメントに記載されたすべての制限をチェックします。問題は行番号と対処法つきで一覧に表示されます。</translation>
    </message>
    <message>
        <source>③ Submit</source>
        <translation>③ 送信</translation>
    </message>
    <message>
        <source>Press Submit (Ctrl+Enter). The job appears under Jobs and results; when it ends, export the answers for Excel (Ctrl+E).</source>
        <translation>「バッチを送信」（Ctrl+Enter）を押します。ジョブは「ジョブと結果」に表示され、終わったら回答を Excel 用に書き出せます（Ctrl+E）。</translation>
    </message>
    <message>
        <source>Where to get an API key</source>
        <translation>API キーの入手先</translation>
    </message>
    <message>
        <source>&amp;Try the sample in the sandbox</source>
        <translation>サンドボックスでサンプルを試す(&amp;T)</translation>
    </message>
    <message>
        <source>Try the sample in the sandbox</source>
        <translation>サンドボックスでサンプルを試す</translation>
    </message>
    <message>
        <source>Opens a two-line batch file for the free test model and switches to the Sandbox region.</source>
        <translation>無料のテストモデル用の 2 行のバッチファイルを開き、サンドボックスのリージョンに切り替えます。</translation>
    </message>
    <message>
        <source>Enter API &amp;keys…</source>
        <translation>API キーを入力(&amp;K)…</translation>
    </message>
    <message>
        <source>Open the API key settings</source>
        <translation>API キーの設定を開く</translation>
    </message>
    <message>
        <source>The sandbox answers on this computer: nothing is sent to Alibaba Cloud and nothing is billed.</source>
        <translation>サンドボックスはこのコンピューター上で回答します。Alibaba Cloud には何も送られず、課金もされません。</translation>
    </message>
    <message>
        <source>For real answers you need an API key. Each region has its own key — a Singapore key does not work in Beijing:</source>
        <translation>本物の回答を得るには API キーが必要です。リージョンごとに別のキーが必要で、シンガポールのキーは北京では使えません:</translation>
    </message>
    <message>
        <source>get a key in the Model Studio console</source>
        <translation>Model Studio のコンソールでキーを取得</translation>
    </message>
    <message>
        <source>get a key in the Model Studio console (Beijing)</source>
        <translation>Model Studio のコンソール（北京）でキーを取得</translation>
    </message>
</context>
</TS>
