<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>jiaohe::CorrectFieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="140"/>
        <source>Keep %1 as printed, intended %2</source>
        <translation>%1 按原文保留,应为 %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="141"/>
        <source>Correct %1 to %2</source>
        <translation>将 %1 更正为 %2</translation>
    </message>
</context>
<context>
    <name>jiaohe::FieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="111"/>
        <source>Report %1 has no field %2</source>
        <translation>报告 %1 没有字段 %2</translation>
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
        <location filename="../../ui/ReviewCommands.cpp" line="155"/>
        <source>Mark flag fixed</source>
        <translation>标记问题为已修正</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="158"/>
        <source>Mark flag as source error</source>
        <translation>标记问题为原文错误</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="161"/>
        <source>Dismiss flag</source>
        <translation>忽略问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="163"/>
        <source>Reopen flag</source>
        <translation>重新打开问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="176"/>
        <source>Report %1 has no flag %2</source>
        <translation>报告 %1 没有问题 %2</translation>
    </message>
</context>
<context>
    <name>jiaohe::ReviewWindow</name>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="82"/>
        <location filename="../../ui/ReviewWindow.cpp" line="625"/>
        <source>Jiaohe — annual report review</source>
        <translation>校核 — 政府信息公开年报审核</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="94"/>
        <source>Open a review database with File → Open review database…</source>
        <translation>请通过“文件 → 打开审核数据库…”打开审核数据库</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="114"/>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="115"/>
        <source>All reports</source>
        <translation>全部报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="122"/>
        <source>Search reports</source>
        <translation>搜索报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="123"/>
        <source>Search name or region (Ctrl+F)</source>
        <translation>搜索文件名或地区 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="128"/>
        <source>Report queue</source>
        <translation>报告队列</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="138"/>
        <source>F8 / Shift+F8: next / previous report with open flags</source>
        <translation>F8 / Shift+F8:下一份 / 上一份有未处理问题的报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="142"/>
        <source>Reviewed reports</source>
        <translation>已审核报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="159"/>
        <source>Report text</source>
        <translation>报告正文</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="165"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="166"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="166"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="166"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="166"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="171"/>
        <source>Flags</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="172"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="172"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="172"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="172"/>
        <source>Resolution</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="212"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="213"/>
        <source>&amp;Open review database…</source>
        <translation>打开审核数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="216"/>
        <source>Open &amp;reports…</source>
        <translation>打开报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="966"/>
        <location filename="../../ui/ReviewWindow.cpp" line="969"/>
        <source>Open reports</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="219"/>
        <source>Open &amp;folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="222"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="226"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="229"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="230"/>
        <source>&amp;Find report</source>
        <translation>查找报告(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="236"/>
        <source>&amp;Next report with open flags</source>
        <translation>下一份有问题的报告(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="239"/>
        <source>&amp;Previous report with open flags</source>
        <translation>上一份有问题的报告(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="251"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="252"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="255"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="261"/>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="272"/>
        <source>&amp;Confirm field</source>
        <translation>确认字段(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="277"/>
        <source>C&amp;orrect field…</source>
        <translation>更正字段(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="278"/>
        <source>Mark field as &amp;printed</source>
        <translation>字段按原文(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="280"/>
        <source>Field &amp;not applicable</source>
        <translation>字段不适用(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="282"/>
        <source>Mark field &amp;unreviewed</source>
        <translation>字段改回未审核(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="285"/>
        <source>&amp;Accept suggested fix</source>
        <translation>采纳建议的修正(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="287"/>
        <source>Flag is a &amp;source error</source>
        <translation>问题属原文错误(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="289"/>
        <source>&amp;Dismiss flag…</source>
        <translation>忽略问题(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="291"/>
        <source>R&amp;eopen flag</source>
        <translation>重新打开问题(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="293"/>
        <source>Report &amp;reviewed, open next</source>
        <translation>报告审核完毕,打开下一份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="305"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="306"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="354"/>
        <source>Open a report first</source>
        <translation>请先打开一份报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="386"/>
        <location filename="../../ui/ReviewWindow.cpp" line="516"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="389"/>
        <source>Not saved: %1</source>
        <translation>未保存:%1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="400"/>
        <location filename="../../ui/ReviewWindow.cpp" line="416"/>
        <location filename="../../ui/ReviewWindow.cpp" line="531"/>
        <source>Select a field first</source>
        <translation>请先选择一个字段</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="438"/>
        <source>This flag has no suggested fix</source>
        <translation>此问题没有建议的修正</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="438"/>
        <location filename="../../ui/ReviewWindow.cpp" line="477"/>
        <location filename="../../ui/ReviewWindow.cpp" line="546"/>
        <source>Select a flag first</source>
        <translation>请先选择一个问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="455"/>
        <source>No field holds the number this fix is for</source>
        <translation>没有字段对应此修正所针对的数字</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="462"/>
        <source>Accept suggested fix: %1</source>
        <translation>采纳建议的修正:%1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="489"/>
        <source>Dismissing a flag needs a reason</source>
        <translation>忽略问题需要说明理由</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="520"/>
        <source>Saved. No unreviewed report left</source>
        <translation>已保存。没有未审核的报告了</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="560"/>
        <source>Correct field</source>
        <translation>更正字段</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="563"/>
        <source>New value</source>
        <translation>新数值</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="564"/>
        <source>e.g. 1.2万, １２３, 一千二百</source>
        <translation>例如 1.2万、１２３、一千二百</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="570"/>
        <source>The report itself is wrong: keep the printed value (as printed)</source>
        <translation>报告本身有误:保留原文数值(按原文)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="574"/>
        <source>New value for %1:</source>
        <translation>%1 的新数值:</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="585"/>
        <source>Type a number as the report writes it.</source>
        <translation>按报告的写法输入数字。</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="587"/>
        <source>Not a number: “%1” cannot be read as a quantity.</source>
        <translation>不是数字:无法将“%1”读作数量。</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="589"/>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="605"/>
        <source>Dismiss flag</source>
        <translation>忽略问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="605"/>
        <source>Why is this not a problem?
%1</source>
        <translation>为什么这不是问题?
%1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="655"/>
        <source>%1 — Jiaohe</source>
        <translation>%1 — 校核</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="657"/>
        <source>%n report(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="691"/>
        <location filename="../../ui/ReviewWindow.cpp" line="707"/>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="715"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1063"/>
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>已导入 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="716"/>
        <source>%n report(s) imported, %1 failed</source>
        <translation>
            <numerusform>已导入 %n 份报告,%1 份失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="774"/>
        <source>No other report has open flags</source>
        <translation>没有其他有未处理问题的报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="815"/>
        <source>unreviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="816"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="817"/>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="818"/>
        <source>as printed</source>
        <translation>按原文</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="819"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="825"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="855"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="856"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="857"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="858"/>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="859"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="860"/>
        <source>Shares total</source>
        <translation>占比之和</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="861"/>
        <source>Unit slip</source>
        <translation>单位笔误</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="862"/>
        <source>Restated</source>
        <translation>前后不一</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="863"/>
        <source>Numbering</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="864"/>
        <source>Missing section</source>
        <translation>缺少内容</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="865"/>
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="866"/>
        <source>fixed</source>
        <translation>已修正</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="867"/>
        <source>source error</source>
        <translation>原文错误</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="868"/>
        <source>dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="917"/>
        <source>%1 — %2 — Jiaohe</source>
        <translation>%1 — %2 — 校核</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="919"/>
        <source>%1: %n field(s), %2 flag(s)</source>
        <translation>
            <numerusform>%1:%n 个字段,%2 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="948"/>
        <source>%1 / %2 reviewed</source>
        <translation>已审核 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="955"/>
        <location filename="../../ui/ReviewWindow.cpp" line="959"/>
        <source>Open review database</source>
        <translation>打开审核数据库</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="956"/>
        <source>Review databases (*.sqlite *.db);;All files (*)</source>
        <translation>审核数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1075"/>
        <source>Import reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1008"/>
        <source>An import is running already.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1016"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1019"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1029"/>
        <source>Importing %1 of %2: %3</source>
        <translation>正在导入第 %1 个，共 %2 个：%3</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1032"/>
        <source>Importing reports…</source>
        <translation>正在导入报告…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1045"/>
        <source>Cancelling the import…</source>
        <translation>正在取消导入…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1065"/>
        <source>, %n already present</source>
        <translation>
            <numerusform>，%n 个已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1068"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1071"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1083"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1086"/>
        <source>Open folder of reports</source>
        <translation>打开报告所在文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1155"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1158"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1159"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1159"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1183"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1212"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1228"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1250"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1185"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1186"/>
        <source>Wide: one row per report</source>
        <translation>宽表：每份报告一行</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1187"/>
        <source>Long: one row per field</source>
        <translation>长表：每个字段一行</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1188"/>
        <source>Byte order mark (for Excel)</source>
        <translation>字节顺序标记（供 Excel 使用）</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1190"/>
        <source>Reviewed reports only</source>
        <translation>仅已审核的报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1195"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1212"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1217"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="1248"/>
        <source>Nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="1253"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="966"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1083"/>
        <location filename="../../ui/ReviewWindow.cpp" line="1227"/>
        <source>Open a review database first.</source>
        <translation>请先打开审核数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="970"/>
        <source>Reports (*.txt *.htm *.html);;All files (*)</source>
        <translation>报告 (*.txt *.htm *.html);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>jiaohe::SetFieldStatusCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="92"/>
        <source>Confirm %1</source>
        <translation>确认 %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="95"/>
        <source>Mark %1 as printed</source>
        <translation>%1 按原文</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="98"/>
        <source>Mark %1 not applicable</source>
        <translation>%1 不适用</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="100"/>
        <source>Mark %1 unreviewed</source>
        <translation>%1 改回未审核</translation>
    </message>
</context>
<context>
    <name>jiaohe::SetReportStatusCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="198"/>
        <source>Mark report reviewed</source>
        <translation>标记报告为已审核</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="199"/>
        <source>Mark report in review</source>
        <translation>标记报告为审核中</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="200"/>
        <source>Mark report unreviewed</source>
        <translation>标记报告为未审核</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="208"/>
        <source>There is no report %1</source>
        <translation>没有报告 %1</translation>
    </message>
</context>
</TS>
