<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>jiaohe::AssignFieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="155"/>
        <source>Assign %1 from the text: %2</source>
        <translation>从原文指定 %1:%2</translation>
    </message>
</context>
<context>
    <name>jiaohe::CorrectFieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="127"/>
        <source>Keep %1 as printed, intended %2</source>
        <translation>%1 按原文保留,应为 %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="128"/>
        <source>Correct %1 to %2</source>
        <translation>将 %1 更正为 %2</translation>
    </message>
</context>
<context>
    <name>jiaohe::FieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="101"/>
        <source>Report %1 has no field %2</source>
        <translation>报告 %1 没有字段 %2</translation>
    </message>
</context>
<context>
    <name>jiaohe::FieldsModel</name>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="23"/>
        <source>unreviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="26"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="29"/>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="32"/>
        <source>as printed</source>
        <translation>按原文</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="35"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="48"/>
        <source>(blank) 0</source>
        <translation>(空白) 0</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="60"/>
        <source>Type a number as the report writes it (1.2万, １２３, 一千二百).</source>
        <translation>按报告写法输入数字(1.2万、１２３、一千二百)。</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="65"/>
        <source>“%1” cannot be read as a number.</source>
        <translation>“%1”无法识别为数字。</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="70"/>
        <source>“%1” is a percentage, but this field is a count (%2).</source>
        <translation>“%1”是百分比,但此字段是数量(%2)。</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="74"/>
        <source>“%1” is a count, but this field is a percentage.</source>
        <translation>“%1”是数量,但此字段是百分比。</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="78"/>
        <source>“%1” is too large.</source>
        <translation>“%1”过大。</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="82"/>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="101"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="255"/>
        <source>Left blank in the report&apos;s table: read as 0</source>
        <translation>报告表格中此格为空白,按 0 计</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="256"/>
        <source>As printed: %1</source>
        <translation>原文:%1</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="260"/>
        <source>%1
An open flag points at this number.</source>
        <translation>%1
有未处理的问题指向此数字。</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="284"/>
        <source>flagged</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="306"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="308"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="310"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="312"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="357"/>
        <source>New value</source>
        <translation>新数值</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="358"/>
        <source>e.g. 1.2万, １２３, 一千二百</source>
        <translation>例如 1.2万、１２３、一千二百</translation>
    </message>
</context>
<context>
    <name>jiaohe::PdfPageView</name>
    <message>
        <location filename="../../ui/PdfPageView.cpp" line="27"/>
        <source>Report pages</source>
        <translation>报告页面</translation>
    </message>
    <message>
        <location filename="../../ui/PdfPageView.cpp" line="224"/>
        <source>Page %1 cannot be shown</source>
        <translation>第 %1 页无法显示</translation>
    </message>
</context>
<context>
    <name>jiaohe::Preferences</name>
    <message>
        <location filename="../../ui/Preferences.cpp" line="56"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../ui/Preferences.cpp" line="59"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/Preferences.cpp" line="60"/>
        <source>As the system (%1)</source>
        <translation>跟随系统(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/Preferences.cpp" line="66"/>
        <source>Reviewer name</source>
        <translation>审核人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/Preferences.cpp" line="67"/>
        <source>Your name, as the audit trail should show it</source>
        <translation>您的姓名,将记入审核记录</translation>
    </message>
    <message>
        <location filename="../../ui/Preferences.cpp" line="68"/>
        <source>A new language takes effect when Jiaohe is started again. The reviewer name is written with every decision from now on.</source>
        <translation>新语言在重新启动校核后生效。此后每项审核决定都会记录审核人姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/Preferences.cpp" line="74"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/Preferences.cpp" line="75"/>
        <source>&amp;Reviewer:</source>
        <translation>审核人(&amp;R):</translation>
    </message>
</context>
<context>
    <name>jiaohe::ReportQueueModel</name>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="119"/>
        <source>region unknown</source>
        <translation>地区未知</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="124"/>
        <source>year unknown</source>
        <translation>年份未知</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReportQueueModel.cpp" line="131"/>
        <source>%n open flag(s)</source>
        <translation>
            <numerusform>%n 个未处理的问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="147"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="149"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="151"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="153"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="155"/>
        <source>Flags</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="163"/>
        <source>The report&apos;s file name</source>
        <translation>报告的文件名</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="165"/>
        <source>The issuing body</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="167"/>
        <source>The year the statistics cover</source>
        <translation>统计所属年度</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="169"/>
        <source>Review status</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="171"/>
        <source>Open flags</source>
        <translation>未处理的问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="278"/>
        <source>unreviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="281"/>
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="284"/>
        <source>reviewed</source>
        <translation>已审核</translation>
    </message>
</context>
<context>
    <name>jiaohe::ResolveFlagCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="171"/>
        <source>Mark flag fixed</source>
        <translation>标记问题为已修正</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="174"/>
        <source>Mark flag as source error</source>
        <translation>标记问题为原文错误</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="177"/>
        <source>Dismiss flag</source>
        <translation>忽略问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="179"/>
        <source>Reopen flag</source>
        <translation>重新打开问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="192"/>
        <source>Report %1 has no flag %2</source>
        <translation>报告 %1 没有问题 %2</translation>
    </message>
</context>
<context>
    <name>jiaohe::ReviewWindow</name>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="98"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1117"/>
        <source>Jiaohe — annual report review</source>
        <translation>校核 — 政府信息公开年报审核</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="112"/>
        <source>Open a review database with File → Open review database…</source>
        <translation>请通过“文件 → 打开审核数据库…”打开审核数据库</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="132"/>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="133"/>
        <source>All reports</source>
        <translation>全部报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="140"/>
        <source>Search reports</source>
        <translation>搜索报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="146"/>
        <source>Report queue</source>
        <translation>报告队列</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="160"/>
        <source>Reviewed reports</source>
        <translation>已审核报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="185"/>
        <source>Report text</source>
        <translation>报告正文</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="299"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="325"/>
        <source>Flags</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="327"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="327"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="327"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="327"/>
        <source>Resolution</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="387"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="391"/>
        <source>&amp;Open review database…</source>
        <translation>打开审核数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="398"/>
        <source>Open &amp;reports…</source>
        <translation>打开报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1681"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1684"/>
        <source>Open reports</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="401"/>
        <source>Open &amp;folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="141"/>
        <source>Search name or region (Ctrl+Shift+F)</source>
        <translation>搜索文件名或地区(Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="196"/>
        <source>Click a box: select its field · Alt+click a number: assign it to the selected field · Ctrl+wheel or Ctrl+=/Ctrl+-: zoom · Ctrl+0: fit width</source>
        <translation>单击方框:选中其字段 · Alt+单击数字:指定给所选字段 · Ctrl+滚轮或 Ctrl+=/Ctrl+-:缩放 · Ctrl+0:适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="201"/>
        <location filename="../../ui/ReviewWindow.cpp" line="218"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="206"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小(Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="207"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="210"/>
        <source>Zoom in (Ctrl+=)</source>
        <translation>放大(Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="211"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="213"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="214"/>
        <source>Fit the page width (Ctrl+0)</source>
        <translation>适合页面宽度(Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="247"/>
        <source>&amp;Pages</source>
        <translation>页面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="248"/>
        <source>&amp;Text</source>
        <translation>文本(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="256"/>
        <source>Find in report</source>
        <translation>在报告中查找</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="257"/>
        <source>Find in report (simplified or traditional script)</source>
        <translation>在报告中查找(简体或繁体均可)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="262"/>
        <source>Previous match (Shift+Return)</source>
        <translation>上一个(Shift+回车)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="265"/>
        <source>Next match (Return)</source>
        <translation>下一个(回车)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="268"/>
        <source>Close (Escape)</source>
        <translation>关闭(Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="327"/>
        <source>Suggested fix</source>
        <translation>建议修正</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="327"/>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="404"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="408"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="411"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="412"/>
        <source>&amp;Find report</source>
        <translation>查找报告(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="418"/>
        <source>F&amp;ind in report</source>
        <translation>在报告中查找(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="431"/>
        <source>&amp;Related report of the flag</source>
        <translation>问题相关的报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="444"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="445"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="448"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="454"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="463"/>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="474"/>
        <source>&amp;Confirm field</source>
        <translation>确认字段(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="479"/>
        <source>&amp;Edit value in place</source>
        <translation>就地编辑数值(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="480"/>
        <source>C&amp;orrect field…</source>
        <translation>更正字段(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="482"/>
        <source>&amp;Assign selected number to field</source>
        <translation>将选中数字指定给字段(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="484"/>
        <source>Assign selected number to &amp;another field…</source>
        <translation>将选中数字指定给其他字段(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="486"/>
        <source>Next &amp;unreviewed field</source>
        <translation>下一个未审核字段(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="488"/>
        <source>Previous unreviewed field</source>
        <translation>上一个未审核字段</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="490"/>
        <source>Mark field as &amp;printed</source>
        <translation>字段按原文(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="492"/>
        <source>Field &amp;not applicable</source>
        <translation>字段不适用(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="494"/>
        <source>Mark field &amp;unreviewed</source>
        <translation>字段改回未审核(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="497"/>
        <source>&amp;Accept suggested fix</source>
        <translation>采纳建议的修正(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="499"/>
        <source>Flag is a &amp;source error</source>
        <translation>问题属原文错误(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="501"/>
        <source>&amp;Dismiss flag…</source>
        <translation>忽略问题(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="503"/>
        <source>R&amp;eopen flag</source>
        <translation>重新打开问题(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="505"/>
        <source>Report &amp;reviewed, open next</source>
        <translation>报告审核完毕,打开下一份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="517"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="518"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="562"/>
        <source>Open a report first</source>
        <translation>请先打开一份报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="594"/>
        <location filename="../../ui/ReviewWindow.cpp" line="993"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="597"/>
        <source>Not saved: %1</source>
        <translation>未保存:%1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="608"/>
        <location filename="../../ui/ReviewWindow.cpp" line="624"/>
        <location filename="../../ui/ReviewWindow.cpp" line="735"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1008"/>
        <source>Select a field first</source>
        <translation>请先选择一个字段</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="645"/>
        <source>Report has no field %1</source>
        <translation>报告中没有字段 %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="661"/>
        <source>The selected flag does not point at another report</source>
        <translation>所选问题未指向其他报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="691"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="692"/>
        <source>“%1” is not in this report</source>
        <translation>本报告中没有“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="719"/>
        <source>%1 of %2</source>
        <translation>第 %1 个,共 %2 个</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="766"/>
        <source>Every field of this report has been reviewed</source>
        <translation>本报告的所有字段均已审核</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="793"/>
        <source>Select the field first, then the number in the text</source>
        <translation>请先选择字段,再在原文中选择数字</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="814"/>
        <source>The selection holds more than one number; select just one</source>
        <translation>所选内容包含多个数字,请只选择一个</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="822"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1429"/>
        <source>There is no number there to assign</source>
        <translation>此处没有可指定的数字</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="829"/>
        <source>%1 is a percentage; the field counts %2</source>
        <translation>%1 是百分比,而该字段的单位是 %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="830"/>
        <source>%1 is not a percentage; the field is one</source>
        <translation>%1 不是百分比,而该字段是百分比</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="891"/>
        <source>Assign to field</source>
        <translation>指定给字段</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="892"/>
        <source>The selected number becomes the value of:</source>
        <translation>选中的数字将成为以下字段的数值:</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="915"/>
        <source>This flag has no suggested fix</source>
        <translation>此问题没有建议的修正</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="915"/>
        <location filename="../../ui/ReviewWindow.cpp" line="954"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1025"/>
        <source>Select a flag first</source>
        <translation>请先选择一个问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="932"/>
        <source>No field holds the number this fix is for</source>
        <translation>没有字段对应此修正所针对的数字</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="939"/>
        <source>Accept suggested fix: %1</source>
        <translation>采纳建议的修正:%1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="966"/>
        <source>Dismissing a flag needs a reason</source>
        <translation>忽略问题需要说明理由</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="997"/>
        <source>Saved. No unreviewed report left</source>
        <translation>已保存。没有未审核的报告了</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1039"/>
        <source>Correct field</source>
        <translation>更正字段</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1042"/>
        <source>New value</source>
        <translation>新数值</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1043"/>
        <source>e.g. 1.2万, １２３, 一千二百</source>
        <translation>例如 1.2万、１２３、一千二百</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1049"/>
        <source>The report itself is wrong: keep the printed value (as printed)</source>
        <translation>报告本身有误:保留原文数值(按原文)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1053"/>
        <source>New value for %1:</source>
        <translation>%1 的新数值:</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1064"/>
        <source>Type a number as the report writes it.</source>
        <translation>按报告的写法输入数字。</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1066"/>
        <source>Not a number: “%1” cannot be read as a quantity.</source>
        <translation>不是数字:无法将“%1”读作数量。</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1068"/>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1084"/>
        <source>Dismiss flag</source>
        <translation>忽略问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1084"/>
        <source>Why is this not a problem?
%1</source>
        <translation>为什么这不是问题?
%1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1097"/>
        <source>Across years</source>
        <translation>跨年度</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1098"/>
        <source>Too many findings</source>
        <translation>问题过多</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1151"/>
        <source>%1 — Jiaohe</source>
        <translation>%1 — 校核</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1153"/>
        <source>%n report(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1187"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1203"/>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1211"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1778"/>
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>已导入 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1212"/>
        <source>%n report(s) imported, %1 failed</source>
        <translation>
            <numerusform>已导入 %n 份报告,%1 份失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1327"/>
        <source>Reading the pages of %1…</source>
        <translation>正在读取 %1 的页面…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1340"/>
        <source>the file has changed since it was imported</source>
        <translation>文件在导入后已改变</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1343"/>
        <source>Qt PDF cannot open it</source>
        <translation>Qt PDF 无法打开该文件</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1350"/>
        <source>The pages of %1 cannot be shown (%2); the text is shown instead</source>
        <translation>无法显示 %1 的页面(%2),改为显示文本</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1357"/>
        <source>%1 was imported by another version of Jiaohe: its pages are shown without the evidence boxes</source>
        <translation>%1 是由其他版本的校核导入的:显示其页面,但不显示证据方框</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1368"/>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1473"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1474"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1475"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1090"/>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1091"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1092"/>
        <source>Shares total</source>
        <translation>占比之和</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1093"/>
        <source>Unit slip</source>
        <translation>单位笔误</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1094"/>
        <source>Restated</source>
        <translation>前后不一</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1095"/>
        <source>Numbering</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1096"/>
        <source>Missing section</source>
        <translation>缺少内容</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1478"/>
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1479"/>
        <source>fixed</source>
        <translation>已修正</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1480"/>
        <source>source error</source>
        <translation>原文错误</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1481"/>
        <source>dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1550"/>
        <source>%1 — %2 — Jiaohe</source>
        <translation>%1 — %2 — 校核</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1568"/>
        <source>%1: %n field(s), %2 flag(s)</source>
        <translation>
            <numerusform>%1:%n 个字段,%2 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1595"/>
        <source>%1 / %2 reviewed</source>
        <translation>已审核 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1602"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1605"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1652"/>
        <source>Open review database</source>
        <translation>打开审核数据库</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1603"/>
        <source>Review databases (*.sqlite *.db);;All files (*)</source>
        <translation>审核数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1790"/>
        <source>Import reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1723"/>
        <source>An import is running already.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="156"/>
        <source>F8 / Shift+F8: next / previous open flag, across the queue</source>
        <translation>F8 / Shift+F8:整个队列中的下一个 / 上一个未处理问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="167"/>
        <source>Filter by open flag kind</source>
        <translation>按未处理问题类型筛选</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="168"/>
        <source>Any flags</source>
        <translation>任意问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="188"/>
        <source>Click a highlighted number: select its field · Alt+click or select and Ctrl+T: assign the number to the selected field</source>
        <translation>单击高亮数字:选中其字段 · Alt+单击或选中后按 Ctrl+T:将该数字指定给所选字段</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="307"/>
        <source>Return: confirm · F2 or type: edit the value · F6: next unreviewed field</source>
        <translation>回车:确认 · F2 或直接输入:编辑数值 · F6:下一个未审核字段</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="320"/>
        <source>Not taken: %1</source>
        <translation>未采用:%1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="388"/>
        <source>&amp;New review database…</source>
        <translation>新建审核数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="393"/>
        <source>Recent &amp;databases</source>
        <translation>最近的数据库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="426"/>
        <source>&amp;Next open flag</source>
        <translation>下一个未处理问题(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="429"/>
        <source>&amp;Previous open flag</source>
        <translation>上一个未处理问题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1296"/>
        <source>No other open flag</source>
        <translation>没有其他未处理问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1500"/>
        <source>Ctrl+Shift+A accepts the suggested fix</source>
        <translation>Ctrl+Shift+A 采用建议修正</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1512"/>
        <source>%1
Ctrl+Shift+R: open last year&apos;s report</source>
        <translation>%1
Ctrl+Shift+R:打开上年报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1611"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1618"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1622"/>
        <source>New review database</source>
        <translation>新建审核数据库</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1612"/>
        <source>review.sqlite</source>
        <translation>审核.sqlite</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1613"/>
        <source>Review databases (*.sqlite *.db)</source>
        <translation>审核数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1618"/>
        <source>Cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1658"/>
        <source>(none yet)</source>
        <translation>(暂无)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1673"/>
        <source>Preferences saved. The new language takes effect when Jiaohe is started again</source>
        <translation>首选项已保存。新语言在重新启动校核后生效</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1674"/>
        <source>Preferences saved</source>
        <translation>首选项已保存</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1685"/>
        <source>Reports (*.txt *.htm *.html *.pdf);;All files (*)</source>
        <translation>报告 (*.txt *.htm *.html *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1731"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1734"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1744"/>
        <source>Importing %1 of %2: %3</source>
        <translation>正在导入第 %1 个，共 %2 个：%3</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1747"/>
        <source>Importing reports…</source>
        <translation>正在导入报告…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1760"/>
        <source>Cancelling the import…</source>
        <translation>正在取消导入…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1780"/>
        <source>, %n already present</source>
        <translation>
            <numerusform>，%n 个已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1783"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1786"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1798"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1801"/>
        <source>Open folder of reports</source>
        <translation>打开报告所在文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1870"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1873"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1874"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1874"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1898"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1927"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1943"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1965"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1900"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1901"/>
        <source>Wide: one row per report</source>
        <translation>宽表：每份报告一行</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1902"/>
        <source>Long: one row per field</source>
        <translation>长表：每个字段一行</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1903"/>
        <source>Byte order mark (for Excel)</source>
        <translation>字节顺序标记（供 Excel 使用）</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1905"/>
        <source>Reviewed reports only</source>
        <translation>仅已审核的报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1910"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1927"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1932"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1963"/>
        <source>Nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1968"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1681"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1798"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1942"/>
        <source>Open a review database first.</source>
        <translation>请先打开审核数据库。</translation>
    </message>
</context>
<context>
    <name>jiaohe::SetFieldStatusCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="82"/>
        <source>Confirm %1</source>
        <translation>确认 %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="85"/>
        <source>Mark %1 as printed</source>
        <translation>%1 按原文</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="88"/>
        <source>Mark %1 not applicable</source>
        <translation>%1 不适用</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="90"/>
        <source>Mark %1 unreviewed</source>
        <translation>%1 改回未审核</translation>
    </message>
</context>
<context>
    <name>jiaohe::SetReportStatusCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="214"/>
        <source>Mark report reviewed</source>
        <translation>标记报告为已审核</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="215"/>
        <source>Mark report in review</source>
        <translation>标记报告为审核中</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="216"/>
        <source>Mark report unreviewed</source>
        <translation>标记报告为未审核</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="224"/>
        <source>There is no report %1</source>
        <translation>没有报告 %1</translation>
    </message>
</context>
</TS>
