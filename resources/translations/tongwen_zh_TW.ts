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
        <source>The annotations could not be stored: {error}</source>
        <translation>無法儲存註記：{error}</translation>
    </message>
    <message>
        <source>Imported {name}: {added} added, {updated} updated, {unchanged} already there</source>
        <translation>已匯入 {name}：新增 {added} 則，更新 {updated} 則，{unchanged} 則原本就有</translation>
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
        <source>Read &amp; unread</source>
        <translation>已讀與未讀</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未讀</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已讀</translation>
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
        <source>A date like 2021-01-31, 2021-01 or 2021</source>
        <translation>日期格式如 2021-01-31、2021-01 或 2021</translation>
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
        <source>Indexing {done} / {total} · {rate}/s</source>
        <translation>正在建立索引 {done} / {total}・每秒 {rate} 篇</translation>
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
    <name>LibraryPanel</name>
    <message>
        <source>The library list could not be read: {error}</source>
        <extracomment>Once per :meth:`open_roots`: the list shows the whole library, freshly indexed.</extracomment>
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
</TS>
