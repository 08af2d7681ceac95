<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AnnotationController</name>
    <message>
        <source>Annotations are unavailable: {error}</source>
        <translation>無法使用註記：{error}</translation>
    </message>
    <message>
        <source>the annotation database has schema version {0}, newer than this reader understands ({1}); it was left untouched</source>
        <translation>註記資料庫的結構版本為 {0}，比本程式能讀的版本（{1}）新；資料庫保持原樣，未被更動</translation>
    </message>
    <message>
        <source>cannot open the annotation database {0}: {1}</source>
        <translation>無法開啟註記資料庫 {0}：{1}</translation>
    </message>
    <message>
        <source>cannot read the annotation database {0}: {1}</source>
        <translation>無法讀取註記資料庫 {0}：{1}</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>標示(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight the selection in the last colour used</source>
        <translation>以上次使用的顏色標示選取的文字</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>新增筆記(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Annotations Panel</source>
        <translation>註記面板(&amp;A)</translation>
    </message>
    <message>
        <source>Highlight &amp;In</source>
        <translation>標示顏色(&amp;I)</translation>
    </message>
    <message>
        <source>Could not read the annotations: {error}</source>
        <translation>無法讀取註記：{error}</translation>
    </message>
    <message>
        <source>The annotation could not be changed: {error}</source>
        <translation>無法變更註記：{error}</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>標示</translation>
    </message>
    <message>
        <source>Select some text in the article first.</source>
        <translation>請先在文章中選取文字。</translation>
    </message>
    <message>
        <source>Select some text in the article first, or click a highlight.</source>
        <translation>請先在文章中選取文字，或點選一處標示。</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>新增筆記</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>編輯筆記</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>變更顏色</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>刪除標示</translation>
    </message>
    <message>
        <source>Highlight deleted — Ctrl+Z brings it back.</source>
        <translation>已刪除標示，按 Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <source>This highlight&apos;s text is not in the current version of the document.</source>
        <translation>這處標示的文字已不在目前版本的文件中。</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Not found in the current text</source>
        <translation>在目前的文字中找不到</translation>
    </message>
    <message>
        <source> Note: {note}</source>
        <translation>筆記：{note}</translation>
    </message>
    <message>
        <source>{colour} highlight: {quote}.</source>
        <translation>{colour}標示：{quote}。</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>註記</translation>
    </message>
    <message>
        <source>Show highlights of one colour</source>
        <translation>只顯示一種顏色的標示</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>所有顏色</translation>
    </message>
    <message>
        <source>No highlights yet.
Select text in the article and press Ctrl+Shift+H.</source>
        <translation>尚無標示。
在文章中選取文字後按 Ctrl+Shift+H。</translation>
    </message>
    <message>
        <source>Annotations ({count})</source>
        <translation>註記（{count}）</translation>
    </message>
    <message numerus="yes">
        <source> · %n not found</source>
        <translation>
            <numerusform>・%n 則找不到</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationTransfer</name>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>匯出註記(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>匯入註記(&amp;I)…</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>匯出註記</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (*.jsonld *.json)</source>
        <translation>W3C Web Annotation JSON-LD（*.jsonld *.json）</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown（*.md）</translation>
    </message>
    <message>
        <source>Could not read the annotations: {error}</source>
        <translation>無法讀取註記：{error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {path}</source>
        <translation>
            <numerusform>已將 %n 則註記匯出至 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>匯入註記</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>W3C Web Annotation JSON-LD（*.jsonld *.json）;;所有檔案（*）</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>無法讀取 {path}：{error}</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}：{problem}</translation>
    </message>
    <message>
        <source>The annotations could not be stored: {error}</source>
        <translation>無法儲存註記：{error}</translation>
    </message>
    <message>
        <source>Imported {name}: {added} added, {updated} updated, {unchanged} already there</source>
        <translation>已匯入 {name}：新增 {added} 則，更新 {updated} 則，{unchanged} 則原本就有</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>檔案不是 UTF-8 文字</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>無法寫入 {path}：{error}</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <source>the document could not be shown ({0})</source>
        <translation>無法顯示此文件（{0}）</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Open link</source>
        <extracomment>(key, position) just before a jump (a search hit, an annotation, top or end): what a back step returns to. (key, position) of the document being replaced by another one.</extracomment>
        <translation>開啟連結</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

{url}</source>
        <translation>要在網頁瀏覽器中開啟這個連結嗎？

{url}</translation>
    </message>
</context>
<context>
    <name>CaretBrowsing</name>
    <message>
        <source>&amp;Caret Browsing</source>
        <translation>游標瀏覽(&amp;C)</translation>
    </message>
    <message>
        <source>Move a cursor through the article with the arrow keys; Shift selects</source>
        <translation>用方向鍵在文章中移動游標；按住 Shift 選取</translation>
    </message>
    <message>
        <source>Caret browsing on: arrows move, Shift+arrows select (F7 turns it off)</source>
        <translation>游標瀏覽已開啟：方向鍵移動，Shift+方向鍵選取（按 F7 關閉）</translation>
    </message>
    <message>
        <source>Caret browsing off</source>
        <translation>游標瀏覽已關閉</translation>
    </message>
</context>
<context>
    <name>ContentsMenu</name>
    <message>
        <source>&amp;Contents</source>
        <translation>目錄(&amp;C)</translation>
    </message>
    <message>
        <source>No headings in this article</source>
        <translation>這篇文章沒有小標題</translation>
    </message>
</context>
<context>
    <name>CopyActions</name>
    <message>
        <source>Copy as &amp;Plain Text</source>
        <translation>複製為純文字(&amp;P)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown with Source</source>
        <translation>複製為 Markdown 並附出處(&amp;M)</translation>
    </message>
    <message>
        <source>Copy as &amp;Quotation</source>
        <translation>複製為引文(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>DataFolderClaim</name>
    <message>
        <source> (process {pid})</source>
        <translation>（程序 {pid}）</translation>
    </message>
    <message>
        <source>Another Tongwen Reader window{holder} is using this data folder: this one shows the library but does not index it (new and changed files appear in the other window).</source>
        <translation>另一個同文閱讀器視窗{holder}正在使用這個資料夾：這個視窗可以瀏覽文庫，但不會建立索引（新增和修改的檔案會在另一個視窗出現）。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick a day</source>
        <translation>選擇日期</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Annotations</source>
        <translation>匯出註記</translation>
    </message>
    <message>
        <source>Markdown, for reading (quotes shown in {script})</source>
        <translation>Markdown，供閱讀（引文以{script}呈現）</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD, for other tools (original text)</source>
        <translation>W3C Web Annotation JSON-LD，供其他工具使用（原文）</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>這份文件</translation>
    </message>
    <message>
        <source>Whole library (every annotated document)</source>
        <translation>整個文庫（所有有註記的文件）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>註記</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最舊的在前</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>依標題排序</translation>
    </message>
    <message>
        <source>Source A–Z</source>
        <translation>依來源排序</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write 2021-01-31, 2021-01 or 2021</source>
        <translation>「{text}」不是日期：請寫成 2021-01-31、2021-01 或 2021</translation>
    </message>
    <message>
        <source>The start date is after the end date: nothing is listed</source>
        <translation>開始日期晚於結束日期：沒有符合的文件</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有來源</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有標籤</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>起始日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>結束日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total} 篇</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article (繁/简 either way)</source>
        <translation>在文章中尋找（繁簡皆可）</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一個符合項目（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一個符合項目（F3）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>尋找：</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>在文章中尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>尋找下一個(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>尋找上一個(&amp;P)</translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation>關閉尋找列</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>找不到</translation>
    </message>
    <message numerus="yes">
        <source>{current} of %n</source>
        <translation>
            <numerusform>第 {current} 個，共 %n 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全螢幕(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;ocus Mode</source>
        <translation>專注模式(&amp;O)</translation>
    </message>
    <message>
        <source>Only the article: no list, panel or bars (Esc)</source>
        <translation>只顯示文章：隱藏清單、面板和工具列（Esc 離開）</translation>
    </message>
</context>
<context>
    <name>FoldersDialog</name>
    <message>
        <source>Library Folders</source>
        <translation>文庫資料夾</translation>
    </message>
    <message>
        <source>&amp;Folders…</source>
        <translation>資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件數</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Removing a folder keeps its highlights, notes, read marks and stars.</source>
        <translation>移除資料夾時，會保留其中的標示、筆記、已讀標記和星號。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;scan</source>
        <translation>重新掃描(&amp;S)</translation>
    </message>
    <message>
        <source>Look for new, changed and deleted files now</source>
        <translation>立即檢查新增、修改和刪除的檔案</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>indexing</source>
        <translation>正在建立索引</translation>
    </message>
    <message>
        <source>partly indexed</source>
        <translation>部分已建立索引</translation>
    </message>
    <message>
        <source>indexed</source>
        <translation>已建立索引</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>新增資料夾</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>鍵盤快捷鍵(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;User Guide…</source>
        <translation>使用說明(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;About Tongwen Reader…</source>
        <translation>關於同文閱讀器(&amp;A)…</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>選單</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>The user guide is the README of Tongwen Reader; it is not installed.</source>
        <translation>使用說明即同文閱讀器的 README 檔案，但此處未安裝該檔案。</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>使用說明</translation>
    </message>
    <message>
        <source>Tongwen Reader {version}</source>
        <translation>同文閱讀器 {version}</translation>
    </message>
    <message>
        <source>An offline reader for Chinese-language articles.</source>
        <translation>離線閱讀中文文章的閱讀器。</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide6 {pyside} · OpenCC (opencc-py) {opencc} · Python {py}</source>
        <translation>Qt {qt} · PySide6 {pyside} · OpenCC（opencc-py）{opencc} · Python {py}</translation>
    </message>
    <message>
        <source>Licences: Tongwen Reader MIT; Qt and PySide6 LGPL-3.0; OpenCC and its dictionaries Apache-2.0.</source>
        <translation>授權：同文閱讀器採 MIT；Qt 與 PySide6 採 LGPL-3.0；OpenCC 及其詞典採 Apache-2.0。</translation>
    </message>
    <message>
        <source>Your data (annotations, settings, the library index) is in:</source>
        <translation>你的資料（註記、設定、書庫索引）存放於：</translation>
    </message>
    <message>
        <source>About Tongwen Reader</source>
        <translation>關於同文閱讀器</translation>
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop indexing (what is indexed stays)</source>
        <translation>停止建立索引（已建立的部分會保留）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Index the rest of the library folders</source>
        <translation>為文庫資料夾中其餘的檔案建立索引</translation>
    </message>
    <message>
        <source>Indexing {done} / {total} · {rate}/s</source>
        <translation>正在建立索引 {done} / {total}・每秒 {rate} 篇</translation>
    </message>
    <message>
        <source>Indexing was cancelled: the library is partial (some documents are missing)</source>
        <translation>已取消建立索引：文庫不完整（缺少部分文件）</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Each language as it names itself (the menu shows them so, whatever the interface language).</extracomment>
        <translation>介面語言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <source>Tongwen Reader will use {language} the next time it starts.</source>
        <translation>同文閱讀器下次啟動時會改用{language}。</translation>
    </message>
</context>
<context>
    <name>LibraryIndexer</name>
    <message>
        <source>the indexing process ended unexpectedly (exit code {code})</source>
        <translation>建立索引的處理程序意外結束（結束代碼 {code}）</translation>
    </message>
</context>
<context>
    <name>LibraryMarks</name>
    <message>
        <source>Mark as &amp;Unread</source>
        <extracomment>The next unread document was chosen: (document id).</extracomment>
        <translation>標為未讀(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>加上星號(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next Unread</source>
        <translation>下一篇未讀(&amp;N)</translation>
    </message>
    <message>
        <source>Mark &amp;All Listed as Read</source>
        <translation>將列出的全部標為已讀(&amp;A)</translation>
    </message>
    <message>
        <source>Mark &amp;Older as Read…</source>
        <translation>將較舊的標為已讀(&amp;O)…</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n document(s) as read</source>
        <translation>
            <numerusform>已將 %n 篇文件標為已讀</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread documents in the list</source>
        <translation>清單中沒有未讀文件</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>標為已讀(&amp;R)</translation>
    </message>
    <message>
        <source>Remove &amp;Star</source>
        <translation>移除星號(&amp;S)</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Read marks and stars cannot be saved ({path}: {error}); they last for this session only.</source>
        <extracomment>Once per :meth:`open_roots`: the list shows the whole library, freshly indexed. Why read marks and stars cannot be kept (they then last for this session only).</extracomment>
        <translation>無法儲存已讀標記和星號（{path}：{error}）；它們只在這次使用期間有效。</translation>
    </message>
    <message>
        <source>The library list could not be read: {error}</source>
        <translation>無法讀取文庫清單：{error}</translation>
    </message>
    <message>
        <source>Indexing failed: {error}</source>
        <translation>建立索引失敗：{error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>the parse cache</source>
        <translation>解析快取</translation>
    </message>
    <message>
        <source>the reading positions</source>
        <translation>閱讀位置紀錄</translation>
    </message>
    <message>
        <source>the library index</source>
        <translation>文庫索引</translation>
    </message>
    <message>
        <source>Tongwen Reader</source>
        <translation>同文閱讀器</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source> Script: </source>
        <translation> 字體：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>開啟資料夾(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>搜尋文庫(&amp;S)…</translation>
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
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>文庫(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>發生錯誤：{error}</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>開啟資料夾</translation>
    </message>
</context>
<context>
    <name>NavigationHistory</name>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>下一步(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Top of Article</source>
        <translation>文章開頭(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;End of Article</source>
        <translation>文章結尾(&amp;E)</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit Note</source>
        <translation>編輯筆記</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>新增筆記</translation>
    </message>
    <message>
        <source>Your note (saved at once)</source>
        <translation>你的筆記（立即儲存）</translation>
    </message>
</context>
<context>
    <name>NotebookModel</name>
    <message>
        <source>noted {moment}</source>
        <translation>標示於 {moment}</translation>
    </message>
</context>
<context>
    <name>NotebookWindow</name>
    <message>
        <source>Any time</source>
        <translation>不限時間</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Past 7 days</source>
        <translation>過去 7 天</translation>
    </message>
    <message>
        <source>Past 30 days</source>
        <translation>過去 30 天</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>過去一年</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最舊的在前</translation>
    </message>
    <message>
        <source>By document</source>
        <translation>依文件</translation>
    </message>
    <message>
        <source>By colour</source>
        <translation>依顏色</translation>
    </message>
    <message>
        <source>All Annotations</source>
        <translation>所有註記</translation>
    </message>
    <message>
        <source>All &amp;Annotations…</source>
        <translation>所有註記(&amp;A)…</translation>
    </message>
    <message>
        <source>Close All Annotations</source>
        <translation>關閉所有註記</translation>
    </message>
    <message>
        <source>Search highlights and notes (either script)</source>
        <translation>搜尋標示與筆記（繁簡皆可）</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>所有顏色</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Export Selected</source>
        <translation>匯出選取的項目(&amp;E)</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>匯出為 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>As &amp;W3C Web Annotation JSON-LD…</source>
        <translation>匯出為 W3C Web Annotation JSON-LD(&amp;W)…</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>顏色：</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>來源：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>時間：</translation>
    </message>
    <message>
        <source>Could not read the annotations: {error}</source>
        <translation>無法讀取註記：{error}</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（無標題）</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有來源</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>（無來源）</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) shown</source>
        <translation>
            <numerusform>顯示 %n 則註記</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>共 %n 則</numerusform>
        </translation>
    </message>
    <message>
        <source>The document of this highlight is not there any more.</source>
        <translation>這個標示所在的文件已不在原處。</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>匯出註記</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (*.jsonld *.json)</source>
        <translation>W3C Web Annotation JSON-LD（*.jsonld *.json）</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown（*.md）</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>無法寫入 {path}：{error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {path}</source>
        <translation>
            <numerusform>已將 %n 則註記匯出至 {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>{0} was damaged and has been rebuilt; the damaged file was kept as {1}.</source>
        <translation>{0}已損壞，已重新建立；損壞的檔案保留為 {1}。</translation>
    </message>
    <message>
        <source>{0} cannot be written in the data folder ({1}); a temporary one is used until the reader is closed.</source>
        <translation>{0}無法寫入資料夾（{1}）；在關閉閱讀器前，暫時使用臨時檔案。</translation>
    </message>
</context>
<context>
    <name>OlderThanDialog</name>
    <message>
        <source>Mark Older as Read</source>
        <translation>將較舊的標為已讀</translation>
    </message>
    <message>
        <source>Mark the listed documents dated before this day as read:</source>
        <translation>將列出的文件中，日期早於這一天的標為已讀：</translation>
    </message>
</context>
<context>
    <name>OriginalFormTips</name>
    <message>
        <source>原文：{text}</source>
        <translation>原文：{text}</translation>
    </message>
</context>
<context>
    <name>PaneLayout</name>
    <message>
        <source>Library &amp;List</source>
        <translation>文件清單(&amp;L)</translation>
    </message>
    <message>
        <source>the list ({keys})</source>
        <translation>清單（{keys}）</translation>
    </message>
    <message>
        <source>the annotations ({keys})</source>
        <translation>註記面板（{keys}）</translation>
    </message>
    <message>
        <source>Hidden to give the article room: {panes}</source>
        <translation>為了讓文章有足夠寬度而隱藏：{panes}</translation>
    </message>
    <message>
        <source>The window is too narrow for this pane beside the article.</source>
        <translation>視窗太窄，無法在文章旁顯示這個面板。</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>儲存為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>儲存為 PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}.</source>
        <translation>無法將 PDF 寫入 {path}。</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
</context>
<context>
    <name>ProgressLabel</name>
    <message>
        <source>finished</source>
        <translation>已讀完</translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>還剩 %n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent}% · {left}</source>
        <translation>{percent}% · {left}</translation>
    </message>
    <message>
        <source>Read so far, and the time left at {chinese} Chinese characters or {english} English words a minute</source>
        <translation>已讀的比例，以及按每分鐘 {chinese} 個中文字或 {english} 個英文單字估算的剩餘時間</translation>
    </message>
</context>
<context>
    <name>ReadingPrefs</name>
    <message>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>縮小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <source>Theme: Follow &amp;System</source>
        <translation>主題：跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <source>Theme: L&amp;ight</source>
        <translation>主題：淺色(&amp;I)</translation>
    </message>
    <message>
        <source>Theme: Se&amp;pia</source>
        <translation>主題：棕褐色(&amp;P)</translation>
    </message>
    <message>
        <source>Theme: &amp;Dark</source>
        <translation>主題：深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ReadingSettings</name>
    <message>
        <source>&amp;Reading Settings…</source>
        <translation>閱讀設定(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ReadingSettingsDialog</name>
    <message>
        <source>Reading Settings</source>
        <translation>閱讀設定</translation>
    </message>
    <message>
        <source>Default (serif)</source>
        <translation>預設（明體）</translation>
    </message>
    <message>
        <source>Same as Chinese</source>
        <translation>與中文相同</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 點</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 字</translation>
    </message>
    <message>
        <source>&amp;Justify paragraphs</source>
        <translation>段落左右對齊(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Chinese font:</source>
        <translation>中文字型(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Latin font:</source>
        <translation>西文字型(&amp;L)：</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>文字大小(&amp;S)：</translation>
    </message>
    <message>
        <source>Line s&amp;pacing:</source>
        <translation>行距(&amp;P)：</translation>
    </message>
    <message>
        <source>Space &amp;after paragraphs:</source>
        <translation>段落間距(&amp;A)：</translation>
    </message>
    <message>
        <source>Text &amp;width (at most):</source>
        <translation>最大行寬(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Edit Rule</source>
        <translation>編輯規則</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>新增規則</translation>
    </message>
    <message>
        <source>the same: never convert</source>
        <translation>留空：一律不轉換</translation>
    </message>
    <message>
        <source>&amp;Text in the document:</source>
        <translation>文件中的文字(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Show as:</source>
        <translation>顯示為(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>適用於(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Conversion Rules</source>
        <translation>轉換規則</translation>
    </message>
    <message>
        <source>Text in the document</source>
        <translation>文件中的文字</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>顯示為</translation>
    </message>
    <message>
        <source>In</source>
        <translation>適用於</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>(never convert)</source>
        <translation>（一律不轉換）</translation>
    </message>
    <message>
        <source>Import Conversion Rules</source>
        <translation>匯入轉換規則</translation>
    </message>
    <message>
        <source>Rules (*.json);;All files (*)</source>
        <translation>規則 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {reason}.</source>
        <translation>無法匯入 {file}：{reason}。</translation>
    </message>
    <message>
        <source>Export Conversion Rules</source>
        <translation>匯出轉換規則</translation>
    </message>
    <message>
        <source>Rules (*.json)</source>
        <translation>規則 (*.json)</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>無法寫入 {file}：{reason}。</translation>
    </message>
</context>
<context>
    <name>ScriptOptionsControl</name>
    <message>
        <source>The conversion rules could not be read ({problem}); the file is kept, and a copy of it is made before any rule is saved.</source>
        <extracomment>For the window&apos;s notice bar: the stored rules could not be read (empty: they could).</extracomment>
        <translation>無法讀取轉換規則（{problem}）；檔案會保留，儲存任何規則之前會先另存一份副本。</translation>
    </message>
    <message>
        <source>Regional &amp;Vocabulary</source>
        <translation>地區用語(&amp;V)</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>用語</translation>
    </message>
    <message>
        <source>Characters and regional vocabulary (软件 → 軟體); off: characters only (软件 → 軟件)</source>
        <translation>轉換字與地區用語（軟件 → 軟體）；關閉時只轉換字（軟件維持軟件）</translation>
    </message>
    <message>
        <source>{forms} in the Ta&amp;iwan Form</source>
        <translation>臺灣用語中的 {forms}(&amp;I)</translation>
    </message>
    <message>
        <source>As Taiwan&apos;s &amp;Writers Do</source>
        <translation>依臺灣作者的寫法(&amp;W)</translation>
    </message>
    <message>
        <source>Always {form}</source>
        <translation>一律寫作 {form}</translation>
    </message>
    <message>
        <source>Conversion &amp;Rules…</source>
        <translation>轉換規則(&amp;R)…</translation>
    </message>
    <message>
        <source>Always &amp;Show This As…</source>
        <translation>一律顯示為(&amp;S)…</translation>
    </message>
    <message>
        <source>Never &amp;Convert This</source>
        <translation>一律不轉換(&amp;C)</translation>
    </message>
    <message>
        <source>Conversion Rules</source>
        <translation>轉換規則</translation>
    </message>
    <message>
        <source>The rules could not be saved: {error}</source>
        <translation>無法儲存規則：{error}</translation>
    </message>
    <message>
        <source>Always Show This As</source>
        <translation>一律顯示為</translation>
    </message>
    <message>
        <source>Show “{original}” as:</source>
        <translation>將「{original}」顯示為：</translation>
    </message>
</context>
<context>
    <name>ScriptToggle</name>
    <message>
        <source>&amp;Traditional Form</source>
        <translation>繁體樣式(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Simplified Form</source>
        <translation>簡體樣式(&amp;S)</translation>
    </message>
    <message>
        <source>Cycle Display Script</source>
        <translation>輪流切換顯示字體</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the library (Ctrl+K) — 简体 or 繁體</source>
        <translation>搜尋文庫（簡繁皆可，Ctrl+K）</translation>
    </message>
    <message numerus="yes">
        <source> %n result(s) for “{query}” — Esc to return to the list</source>
        <translation>
            <numerusform> 「{query}」共 %n 筆結果，按 Esc 返回清單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> up to %n result(s) for “{query}” — Esc to return to the list</source>
        <translation>
            <numerusform> 「{query}」至多 %n 筆結果，按 Esc 返回清單</numerusform>
        </translation>
    </message>
    <message>
        <source> Searching…</source>
        <translation> 搜尋中…</translation>
    </message>
</context>
<context>
    <name>SelectionToolbar</name>
    <message>
        <source>Highlight in {colour}</source>
        <translation>以{colour}標示</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>筆記…</translation>
    </message>
    <message>
        <source>Highlight and add a note (Ctrl+Shift+M)</source>
        <translation>標示並新增筆記（Ctrl+Shift+M）</translation>
    </message>
</context>
<context>
    <name>ViewBar</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未讀</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>星號</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>With highlights</source>
        <translation>有標示</translation>
    </message>
</context>
<context>
    <name>article</name>
    <message>
        <source>Image not downloaded</source>
        <translation>圖片未下載</translation>
    </message>
    <message>
        <source>This file cannot be shown: {error}.</source>
        <translation>無法顯示這個檔案：{error}。</translation>
    </message>
    <message>
        <source>Embedded</source>
        <translation>嵌入內容</translation>
    </message>
    <message>
        <source>{service} post</source>
        <translation>{service} 貼文</translation>
    </message>
    <message>
        <source>{service} post by {account}</source>
        <translation>{account} 的 {service} 貼文</translation>
    </message>
    <message>
        <source>{service} video</source>
        <translation>{service} 影片</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>影片</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音訊</translation>
    </message>
    <message>
        <source>: </source>
        <comment>between an embed card&apos;s words and its text</comment>
        <translation>：</translation>
    </message>
</context>
<context>
    <name>colours</name>
    <message>
        <source>Yellow</source>
        <translation>黃色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>綠色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>藍色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉紅色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>{year:04d}-{month:02d}-{day:02d}</source>
        <comment>a calendar day</comment>
        <translation>{year}年{month}月{day}日</translation>
    </message>
</context>
<context>
    <name>fonts</name>
    <message>
        <source>No Chinese font is installed, so Chinese text shows as empty boxes. Install one, e.g. on Debian/Ubuntu: sudo apt install fonts-noto-cjk</source>
        <translation>系統沒有安裝中文字型，中文會顯示成空白方框。請安裝一套中文字型，例如在 Debian/Ubuntu 上執行：sudo apt install fonts-noto-cjk</translation>
    </message>
</context>
<context>
    <name>import_problems</name>
    <message>
        <source>TextPositionSelector start</source>
        <translation>TextPositionSelector 的起點</translation>
    </message>
    <message>
        <source>TextPositionSelector end</source>
        <translation>TextPositionSelector 的終點</translation>
    </message>
    <message>
        <source>the quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>the prefix</source>
        <translation>引文前的文字</translation>
    </message>
    <message>
        <source>the suffix</source>
        <translation>引文後的文字</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>the id</source>
        <translation>識別碼</translation>
    </message>
    <message>
        <source>a tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>不是 JSON 物件</translation>
    </message>
    <message>
        <source>is not of type &quot;Annotation&quot;</source>
        <translation>類型不是 &quot;Annotation&quot;</translation>
    </message>
    <message>
        <source>has no id</source>
        <translation>沒有識別碼</translation>
    </message>
    <message>
        <source>has an invalid urn:uuid id {0}</source>
        <translation>urn:uuid 識別碼 {0} 無效</translation>
    </message>
    <message>
        <source>has no target with a source and selectors</source>
        <translation>沒有含來源與選取器的目標</translation>
    </message>
    <message>
        <source>target has no source URI</source>
        <translation>目標沒有來源 URI</translation>
    </message>
    <message>
        <source>has a selector that is not a JSON object</source>
        <translation>有個選取器不是 JSON 物件</translation>
    </message>
    <message>
        <source>TextQuoteSelector has no exact text</source>
        <translation>TextQuoteSelector 沒有引文文字</translation>
    </message>
    <message>
        <source>TextQuoteSelector prefix/suffix are not text</source>
        <translation>TextQuoteSelector 的前後文不是文字</translation>
    </message>
    <message>
        <source>{field} is not a whole number</source>
        <translation>{field}不是整數</translation>
    </message>
    <message>
        <source>{field} is far too large</source>
        <translation>{field}過大</translation>
    </message>
    <message>
        <source>TextPositionSelector {0}–{1} is not a range</source>
        <translation>TextPositionSelector {0}–{1} 不是有效的範圍</translation>
    </message>
    <message>
        <source>target has no TextQuoteSelector</source>
        <translation>目標沒有 TextQuoteSelector</translation>
    </message>
    <message>
        <source>has a body that is neither text nor a JSON object</source>
        <translation>有一項註記內容既不是文字也不是 JSON 物件</translation>
    </message>
    <message>
        <source>has a body whose value is not text</source>
        <translation>有一項註記內容的值不是文字</translation>
    </message>
    <message>
        <source>has a created/modified time outside the dates that can be stored</source>
        <translation>建立或修改時間超出可儲存的日期範圍</translation>
    </message>
    <message>
        <source>has a created/modified time that is not ISO 8601</source>
        <translation>建立或修改時間不是 ISO 8601 格式</translation>
    </message>
    <message>
        <source>{field} contains a lone surrogate (not valid Unicode text)</source>
        <translation>{field}含有落單的代理字元（不是有效的 Unicode 文字）</translation>
    </message>
    <message>
        <source>not JSON: {0} at line {1} column {2}</source>
        <translation>不是 JSON：第 {1} 行第 {2} 欄有誤</translation>
    </message>
    <message>
        <source>not an annotation file: JSON nested too deeply</source>
        <translation>不是註記檔案：JSON 巢狀層次太深</translation>
    </message>
    <message>
        <source>the AnnotationCollection has no &quot;items&quot; list</source>
        <translation>AnnotationCollection 沒有 &quot;items&quot; 清單</translation>
    </message>
    <message>
        <source>not a W3C Web Annotation file: expected an AnnotationCollection with items</source>
        <translation>不是 W3C Web Annotation 檔案：應為含有項目的 AnnotationCollection</translation>
    </message>
    <message>
        <source>nothing was imported: {items}</source>
        <translation>未匯入任何內容：{items}</translation>
    </message>
    <message>
        <source>nothing was imported: the file has the same id twice</source>
        <translation>未匯入任何內容：檔案中有重複的識別碼</translation>
    </message>
    <message>
        <source>item {number}: {problem}</source>
        <translation>第 {number} 項：{problem}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation>（另有 {count} 項）</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>the original script</source>
        <translation>原文字體</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>&amp;Standard Traditional (OpenCC)</source>
        <translation>標準繁體（OpenCC）(&amp;S)</translation>
    </message>
    <message>
        <source>Traditional (Taiwan)</source>
        <translation>繁體（臺灣）</translation>
    </message>
    <message>
        <source>&amp;Taiwan (软件 → 軟體)</source>
        <translation>臺灣用語（軟件 → 軟體）(&amp;T)</translation>
    </message>
    <message>
        <source>Traditional (Hong Kong)</source>
        <translation>繁體（香港）</translation>
    </message>
    <message>
        <source>&amp;Hong Kong</source>
        <translation>香港字形(&amp;H)</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>&amp;Standard Simplified (OpenCC)</source>
        <translation>標準簡體（OpenCC）(&amp;S)</translation>
    </message>
    <message>
        <source>Simplified (mainland phrasing)</source>
        <translation>簡體（中國大陸用語）</translation>
    </message>
    <message>
        <source>&amp;Mainland Phrasing (網際網路 → 互联网)</source>
        <translation>中國大陸用語（網際網路 → 互聯網）(&amp;M)</translation>
    </message>
    <message>
        <source>Original</source>
        <extracomment>The toolbar&apos;s three scripts: (button text, tool tip).</extracomment>
        <translation>原文</translation>
    </message>
    <message>
        <source>Show the document as written</source>
        <translation>依原文顯示</translation>
    </message>
    <message>
        <source>Show in Traditional script (arrow: regional form)</source>
        <translation>以繁體顯示（箭頭：選擇地區用字）</translation>
    </message>
    <message>
        <source>Show in Simplified script (arrow: regional form)</source>
        <translation>以簡體顯示（箭頭：選擇地區用字）</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Highlight</source>
        <translation>標示(&amp;H)</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>編輯筆記(&amp;N)…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>新增筆記(&amp;N)…</translation>
    </message>
    <message>
        <source>Change &amp;Colour</source>
        <translation>變更顏色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>刪除標示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Show in Article</source>
        <translation>在文章中顯示(&amp;S)</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>檔案是空的（0 位元組）</translation>
    </message>
    <message>
        <source>not a text file (it contains binary data)</source>
        <translation>不是文字檔（含有二進位資料）</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>沒有讀取權限</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>這是資料夾，不是檔案</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <source>cannot read the file: {detail}</source>
        <translation>無法讀取檔案：{detail}</translation>
    </message>
    <message>
        <source>the file is too large ({detail} MB)</source>
        <translation>檔案太大（{detail} MB）</translation>
    </message>
    <message>
        <source>the file grew past {detail} MB while it was read; not read</source>
        <translation>檔案在讀取時超過 {detail} MB；未讀取</translation>
    </message>
    <message>
        <source>a named pipe (FIFO), not a file; not read</source>
        <translation>這是具名管道（FIFO），不是檔案；未讀取</translation>
    </message>
    <message>
        <source>a device, not a file; not read</source>
        <translation>這是裝置，不是檔案；未讀取</translation>
    </message>
    <message>
        <source>a socket, not a file; not read</source>
        <translation>這是通訊端（socket），不是檔案；未讀取</translation>
    </message>
    <message>
        <source>not a regular file; not read</source>
        <translation>不是一般檔案；未讀取</translation>
    </message>
    <message>
        <source>a link to a file outside its folder; not read</source>
        <translation>連結指向所在資料夾以外的檔案；未讀取</translation>
    </message>
    <message>
        <source>the document could not be laid out ({detail})</source>
        <translation>無法排版此文件（{detail}）</translation>
    </message>
    <message>
        <source>the document could not be read ({detail})</source>
        <translation>無法讀取此文件（{detail}）</translation>
    </message>
    <message>
        <source>the document could not be read (the parser&apos;s process ended while reading it)</source>
        <translation>無法讀取此文件（解析器的處理程序在讀取時結束）</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無標題</translation>
    </message>
</context>
<context>
    <name>rule_problems</name>
    <message>
        <source>the file is larger than {0} MB</source>
        <translation>檔案大於 {0} MB</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {0})</source>
        <translation>檔案不是 UTF-8 文字（位於第 {0} 位元組）</translation>
    </message>
    <message>
        <source>the file is not JSON (nested too deeply)</source>
        <translation>檔案不是 JSON，巢狀層次太深</translation>
    </message>
    <message>
        <source>the file is not JSON (line {0}, column {1}: {2})</source>
        <translation>檔案不是 JSON，第 {0} 行第 {1} 欄有誤</translation>
    </message>
    <message>
        <source>not a conversion rules file (no &quot;format&quot;: &quot;{0}&quot;)</source>
        <translation>不是轉換規則檔案（沒有 &quot;format&quot;: &quot;{0}&quot;）</translation>
    </message>
    <message>
        <source>version {0} of the rules format is not known</source>
        <translation>不認得規則格式的版本 {0}</translation>
    </message>
    <message>
        <source>the file has no &quot;rules&quot; list</source>
        <translation>檔案沒有 &quot;rules&quot; 清單</translation>
    </message>
    <message>
        <source>the file has more than {0} rules</source>
        <translation>檔案的規則超過 {0} 條</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>權限不足</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>這是資料夾</translation>
    </message>
    <message>
        <source>rule {0} is not an object</source>
        <translation>第 {0} 條規則不是物件</translation>
    </message>
    <message>
        <source>rule {0}: &quot;original&quot; must be some text</source>
        <translation>第 {0} 條規則：&quot;original&quot;（原文）必須是非空白的文字</translation>
    </message>
    <message>
        <source>rule {0}: &quot;shown&quot; must be text</source>
        <translation>第 {0} 條規則：&quot;shown&quot;（顯示為）必須是文字</translation>
    </message>
    <message>
        <source>rule {0}: &quot;in&quot; must be &quot;all&quot;, &quot;traditional&quot; or &quot;simplified&quot;</source>
        <translation>第 {0} 條規則：&quot;in&quot;（適用範圍）必須是 &quot;all&quot;、&quot;traditional&quot; 或 &quot;simplified&quot;</translation>
    </message>
    <message>
        <source>rule {0}: control characters are not allowed</source>
        <translation>第 {0} 條規則：不可含有控制字元</translation>
    </message>
    <message>
        <source>a rule needs the text it applies to and what to show</source>
        <translation>規則需要套用的文字與要顯示的文字</translation>
    </message>
    <message>
        <source>a rule is for text within one line</source>
        <translation>規則只能用於單行文字</translation>
    </message>
    <message>
        <source>a rule is for at most {0} characters</source>
        <translation>規則最多 {0} 個字</translation>
    </message>
    <message>
        <source>rule {number}: {problem}</source>
        <translation>第 {number} 條規則：{problem}</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Every script</source>
        <translation>所有字體</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
</context>
</TS>
