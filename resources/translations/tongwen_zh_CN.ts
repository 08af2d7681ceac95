<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnotationController</name>
    <message>
        <source>Annotations are unavailable: {error}</source>
        <translation>批注不可用：{error}</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight the selection in the last colour used</source>
        <translation>用上次使用的颜色高亮所选文字</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Annotations Panel</source>
        <translation>批注面板(&amp;A)</translation>
    </message>
    <message>
        <source>Highlight &amp;In</source>
        <translation>高亮颜色(&amp;I)</translation>
    </message>
    <message>
        <source>Could not read the annotations: {error}</source>
        <translation>无法读取批注：{error}</translation>
    </message>
    <message>
        <source>The annotation could not be changed: {error}</source>
        <translation>无法修改批注：{error}</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Select some text in the article first.</source>
        <translation>请先在文章中选择文字。</translation>
    </message>
    <message>
        <source>Select some text in the article first, or click a highlight.</source>
        <translation>请先在文章中选择文字，或点击一处高亮。</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <source>Highlight deleted — Ctrl+Z brings it back.</source>
        <translation>已删除高亮，按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>This highlight&apos;s text is not in the current version of the document.</source>
        <translation>这处高亮的文字已不在当前版本的文档中。</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Not found in the current text</source>
        <translation>在当前文本中找不到</translation>
    </message>
    <message>
        <source> Note: {note}</source>
        <translation>笔记：{note}</translation>
    </message>
    <message>
        <source>{colour} highlight: {quote}.</source>
        <translation>{colour}高亮：{quote}。</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Show highlights of one colour</source>
        <translation>只显示一种颜色的高亮</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>所有颜色</translation>
    </message>
    <message>
        <source>No highlights yet.
Select text in the article and press Ctrl+Shift+H.</source>
        <translation>还没有高亮。
在文章中选择文字后按 Ctrl+Shift+H。</translation>
    </message>
    <message>
        <source>Annotations ({count})</source>
        <translation>批注（{count}）</translation>
    </message>
    <message numerus="yes">
        <source> · %n not found</source>
        <translation>
            <numerusform>・%n 条找不到</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationTransfer</name>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>导出批注(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>导入批注(&amp;I)…</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>导出批注</translation>
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
        <translation>无法读取批注：{error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 条批注导出到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>导入批注</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>W3C Web Annotation JSON-LD（*.jsonld *.json）;;所有文件（*）</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
        <source>The annotations could not be stored: {error}</source>
        <translation>无法保存批注：{error}</translation>
    </message>
    <message>
        <source>Imported {name}: {added} added, {updated} updated, {unchanged} already there</source>
        <translation>已导入 {name}：新增 {added} 条，更新 {updated} 条，{unchanged} 条已存在</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <source>the document could not be shown ({0})</source>
        <translation>无法显示此文档（{0}）</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Open link</source>
        <extracomment>(key, position) just before a jump (a search hit, an annotation, top or end): what a back step returns to. (key, position) of the document being replaced by another one.</extracomment>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

{url}</source>
        <translation>要在网页浏览器中打开这个链接吗？

{url}</translation>
    </message>
</context>
<context>
    <name>CaretBrowsing</name>
    <message>
        <source>&amp;Caret Browsing</source>
        <translation>光标浏览(&amp;C)</translation>
    </message>
    <message>
        <source>Move a cursor through the article with the arrow keys; Shift selects</source>
        <translation>用方向键在文章中移动光标；按住 Shift 选择</translation>
    </message>
    <message>
        <source>Caret browsing on: arrows move, Shift+arrows select (F7 turns it off)</source>
        <translation>光标浏览已打开：方向键移动，Shift+方向键选择（按 F7 关闭）</translation>
    </message>
    <message>
        <source>Caret browsing off</source>
        <translation>光标浏览已关闭</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <source>Markdown, for reading (quotes shown in {script})</source>
        <translation>Markdown，供阅读（引文以{script}显示）</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD, for other tools (original text)</source>
        <translation>W3C Web Annotation JSON-LD，供其他工具使用（原文）</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>此文档</translation>
    </message>
    <message>
        <source>Whole library (every annotated document)</source>
        <translation>整个文库（所有带批注的文档）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
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
        <translation>最早的在前</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>按标题排序</translation>
    </message>
    <message>
        <source>Source A–Z</source>
        <translation>按来源排序</translation>
    </message>
    <message>
        <source>Read &amp; unread</source>
        <translation>已读和未读</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>起始日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>结束日期 YYYY-MM-DD</translation>
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
        <translation>在文章中查找（简繁均可）</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配项（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配项（F3）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>无匹配</translation>
    </message>
    <message numerus="yes">
        <source>{current} of %n</source>
        <translation>
            <numerusform>第 {current} 个，共 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;ocus Mode</source>
        <translation>专注模式(&amp;O)</translation>
    </message>
    <message>
        <source>Only the article: no list, panel or bars (Esc)</source>
        <translation>只显示文章：隐藏列表、面板和工具栏（Esc 退出）</translation>
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
        <translation>停止建立索引（已建立的部分会保留）</translation>
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
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Tongwen Reader will use {language} the next time it starts.</source>
        <translation>同文阅读器下次启动时将使用{language}。</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>The library list could not be read: {error}</source>
        <extracomment>Once per :meth:`open_roots`: the list shows the whole library, freshly indexed.</extracomment>
        <translation>无法读取文库列表：{error}</translation>
    </message>
    <message>
        <source>Indexing failed: {error}</source>
        <translation>建立索引失败：{error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>the parse cache</source>
        <translation>解析缓存</translation>
    </message>
    <message>
        <source>the reading positions</source>
        <translation>阅读位置记录</translation>
    </message>
    <message>
        <source>the library index</source>
        <translation>文库索引</translation>
    </message>
    <message>
        <source>Tongwen Reader</source>
        <translation>同文阅读器</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <source> Script: </source>
        <translation> 简繁：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>搜索文库(&amp;S)…</translation>
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
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>出错了：{error}</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>NavigationHistory</name>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Top of Article</source>
        <translation>文章开头(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;End of Article</source>
        <translation>文章结尾(&amp;E)</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <source>Your note (saved at once)</source>
        <translation>你的笔记（立即保存）</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>{0} was damaged and has been rebuilt; the damaged file was kept as {1}.</source>
        <translation>{0}已损坏，已重新建立；损坏的文件保留为 {1}。</translation>
    </message>
    <message>
        <source>{0} cannot be written in the data folder ({1}); a temporary one is used until the reader is closed.</source>
        <translation>{0}无法写入数据文件夹（{1}）；在关闭阅读器之前，暂时使用临时文件。</translation>
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
        <translation>文档列表(&amp;L)</translation>
    </message>
    <message>
        <source>the list ({keys})</source>
        <translation>列表（{keys}）</translation>
    </message>
    <message>
        <source>the annotations ({keys})</source>
        <translation>批注面板（{keys}）</translation>
    </message>
    <message>
        <source>Hidden to give the article room: {panes}</source>
        <translation>为了让文章有足够宽度而隐藏：{panes}</translation>
    </message>
    <message>
        <source>The window is too narrow for this pane beside the article.</source>
        <translation>窗口太窄，无法在文章旁显示这个面板。</translation>
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
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Theme: Follow &amp;System</source>
        <translation>主题：跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Theme: L&amp;ight</source>
        <translation>主题：浅色(&amp;I)</translation>
    </message>
    <message>
        <source>Theme: Se&amp;pia</source>
        <translation>主题：棕褐色(&amp;P)</translation>
    </message>
    <message>
        <source>Theme: &amp;Dark</source>
        <translation>主题：深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ScriptToggle</name>
    <message>
        <source>&amp;Traditional Form</source>
        <translation>繁体样式(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Simplified Form</source>
        <translation>简体样式(&amp;S)</translation>
    </message>
    <message>
        <source>Cycle Display Script</source>
        <translation>轮流切换简繁显示</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the library (Ctrl+K) — 简体 or 繁體</source>
        <translation>搜索文库（简繁均可，Ctrl+K）</translation>
    </message>
    <message numerus="yes">
        <source> %n result(s) for “{query}” — Esc to return to the list</source>
        <translation>
            <numerusform> “{query}”共 %n 条结果，按 Esc 返回列表</numerusform>
        </translation>
    </message>
    <message>
        <source> Searching…</source>
        <translation> 正在搜索…</translation>
    </message>
</context>
<context>
    <name>SelectionToolbar</name>
    <message>
        <source>Highlight in {colour}</source>
        <translation>用{colour}高亮</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>笔记…</translation>
    </message>
    <message>
        <source>Highlight and add a note (Ctrl+Shift+M)</source>
        <translation>高亮并添加笔记（Ctrl+Shift+M）</translation>
    </message>
</context>
<context>
    <name>article</name>
    <message>
        <source>Image not downloaded</source>
        <translation>图片未下载</translation>
    </message>
    <message>
        <source>This file cannot be shown: {error}.</source>
        <translation>无法显示此文件：{error}。</translation>
    </message>
    <message>
        <source>Embedded</source>
        <translation>嵌入内容</translation>
    </message>
    <message>
        <source>{service} post</source>
        <translation>{service} 帖子</translation>
    </message>
    <message>
        <source>{service} post by {account}</source>
        <translation>{account} 的 {service} 帖子</translation>
    </message>
    <message>
        <source>{service} video</source>
        <translation>{service} 视频</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
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
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
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
        <translation>系统没有安装中文字体，中文会显示为空白方框。请安装中文字体，例如在 Debian/Ubuntu 上运行：sudo apt install fonts-noto-cjk</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>the original script</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>&amp;Standard Traditional (OpenCC)</source>
        <translation>标准繁体（OpenCC）(&amp;S)</translation>
    </message>
    <message>
        <source>Traditional (Taiwan)</source>
        <translation>繁体（台湾）</translation>
    </message>
    <message>
        <source>&amp;Taiwan (软件 → 軟體)</source>
        <translation>台湾用语（软件 → 软体）(&amp;T)</translation>
    </message>
    <message>
        <source>Traditional (Hong Kong)</source>
        <translation>繁体（香港）</translation>
    </message>
    <message>
        <source>&amp;Hong Kong</source>
        <translation>香港字形(&amp;H)</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>&amp;Standard Simplified (OpenCC)</source>
        <translation>标准简体（OpenCC）(&amp;S)</translation>
    </message>
    <message>
        <source>Simplified (mainland phrasing)</source>
        <translation>简体（大陆用语）</translation>
    </message>
    <message>
        <source>&amp;Mainland Phrasing (網際網路 → 互联网)</source>
        <translation>大陆用语（网际网路 → 互联网）(&amp;M)</translation>
    </message>
    <message>
        <source>Original</source>
        <extracomment>The toolbar&apos;s three scripts: (button text, tool tip).</extracomment>
        <translation>原文</translation>
    </message>
    <message>
        <source>Show the document as written</source>
        <translation>按原文显示</translation>
    </message>
    <message>
        <source>Show in Traditional script (arrow: regional form)</source>
        <translation>以繁体显示（箭头：选择地区用字）</translation>
    </message>
    <message>
        <source>Show in Simplified script (arrow: regional form)</source>
        <translation>以简体显示（箭头：选择地区用字）</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>编辑笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>Change &amp;Colour</source>
        <translation>更改颜色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>删除高亮(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Show in Article</source>
        <translation>在文章中显示(&amp;S)</translation>
    </message>
</context>
</TS>
