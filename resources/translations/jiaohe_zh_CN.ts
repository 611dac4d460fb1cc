<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>jiaohe::CorrectFieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="136"/>
        <source>Keep %1 as printed, intended %2</source>
        <translation>%1 按原文保留,应为 %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="137"/>
        <source>Correct %1 to %2</source>
        <translation>将 %1 更正为 %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="145"/>
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
        <location filename="../../ui/ReviewCommands.cpp" line="169"/>
        <source>Mark flag fixed</source>
        <translation>标记问题为已修正</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="172"/>
        <source>Mark flag as source error</source>
        <translation>标记问题为原文错误</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="175"/>
        <source>Dismiss flag</source>
        <translation>忽略问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="177"/>
        <source>Reopen flag</source>
        <translation>重新打开问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="190"/>
        <source>Report %1 has no flag %2</source>
        <translation>报告 %1 没有问题 %2</translation>
    </message>
</context>
<context>
    <name>jiaohe::ReviewWindow</name>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="75"/>
        <location filename="../../ui/ReviewWindow.cpp" line="592"/>
        <source>Jiaohe — annual report review</source>
        <translation>校核 — 政府信息公开年报审核</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="83"/>
        <source>Open a review database with File → Open review database…</source>
        <translation>请通过“文件 → 打开审核数据库…”打开审核数据库</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="95"/>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="96"/>
        <source>All reports</source>
        <translation>全部报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="103"/>
        <source>Search reports</source>
        <translation>搜索报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="104"/>
        <source>Search name or region (Ctrl+F)</source>
        <translation>搜索文件名或地区 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="109"/>
        <source>Report queue</source>
        <translation>报告队列</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="119"/>
        <source>F8 / Shift+F8: next / previous report with open flags</source>
        <translation>F8 / Shift+F8:下一份 / 上一份有未处理问题的报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="123"/>
        <source>Reviewed reports</source>
        <translation>已审核报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="140"/>
        <source>Report text</source>
        <translation>报告正文</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="146"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="147"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="147"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="147"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="147"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="152"/>
        <source>Flags</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="153"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="153"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="153"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="153"/>
        <source>Resolution</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="193"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="194"/>
        <source>&amp;Open review database…</source>
        <translation>打开审核数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="196"/>
        <source>&amp;Import reports…</source>
        <translation>导入报告(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="199"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="202"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="203"/>
        <source>&amp;Find report</source>
        <translation>查找报告(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="209"/>
        <source>&amp;Next report with open flags</source>
        <translation>下一份有问题的报告(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="212"/>
        <source>&amp;Previous report with open flags</source>
        <translation>上一份有问题的报告(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="224"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="225"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="228"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="234"/>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="245"/>
        <source>&amp;Confirm field</source>
        <translation>确认字段(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="250"/>
        <source>C&amp;orrect field…</source>
        <translation>更正字段(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="251"/>
        <source>Mark field as &amp;printed</source>
        <translation>字段按原文(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="253"/>
        <source>Field &amp;not applicable</source>
        <translation>字段不适用(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="255"/>
        <source>Mark field &amp;unreviewed</source>
        <translation>字段改回未审核(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="258"/>
        <source>&amp;Accept suggested fix</source>
        <translation>采纳建议的修正(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="260"/>
        <source>Flag is a &amp;source error</source>
        <translation>问题属原文错误(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="262"/>
        <source>&amp;Dismiss flag…</source>
        <translation>忽略问题(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="264"/>
        <source>R&amp;eopen flag</source>
        <translation>重新打开问题(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="266"/>
        <source>Report &amp;reviewed, open next</source>
        <translation>报告审核完毕,打开下一份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="321"/>
        <source>Open a report first</source>
        <translation>请先打开一份报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="353"/>
        <location filename="../../ui/ReviewWindow.cpp" line="483"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="356"/>
        <source>Not saved: %1</source>
        <translation>未保存:%1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="367"/>
        <location filename="../../ui/ReviewWindow.cpp" line="383"/>
        <location filename="../../ui/ReviewWindow.cpp" line="498"/>
        <source>Select a field first</source>
        <translation>请先选择一个字段</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="405"/>
        <source>This flag has no suggested fix</source>
        <translation>此问题没有建议的修正</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="405"/>
        <location filename="../../ui/ReviewWindow.cpp" line="444"/>
        <location filename="../../ui/ReviewWindow.cpp" line="513"/>
        <source>Select a flag first</source>
        <translation>请先选择一个问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="422"/>
        <source>No field holds the number this fix is for</source>
        <translation>没有字段对应此修正所针对的数字</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="429"/>
        <source>Accept suggested fix: %1</source>
        <translation>采纳建议的修正:%1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="456"/>
        <source>Dismissing a flag needs a reason</source>
        <translation>忽略问题需要说明理由</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="487"/>
        <source>Saved. No unreviewed report left</source>
        <translation>已保存。没有未审核的报告了</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="527"/>
        <source>Correct field</source>
        <translation>更正字段</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="530"/>
        <source>New value</source>
        <translation>新数值</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="531"/>
        <source>e.g. 1.2万, １２３, 一千二百</source>
        <translation>例如 1.2万、１２３、一千二百</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="537"/>
        <source>The report itself is wrong: keep the printed value (as printed)</source>
        <translation>报告本身有误:保留原文数值(按原文)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="541"/>
        <source>New value for %1:</source>
        <translation>%1 的新数值:</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="552"/>
        <source>Type a number as the report writes it.</source>
        <translation>按报告的写法输入数字。</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="554"/>
        <source>Not a number: “%1” cannot be read as a quantity.</source>
        <translation>不是数字:无法将“%1”读作数量。</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="556"/>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="572"/>
        <source>Dismiss flag</source>
        <translation>忽略问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="572"/>
        <source>Why is this not a problem?
%1</source>
        <translation>为什么这不是问题?
%1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="622"/>
        <source>%1 — Jiaohe</source>
        <translation>%1 — 校核</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="624"/>
        <source>%n report(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="658"/>
        <location filename="../../ui/ReviewWindow.cpp" line="674"/>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="682"/>
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>已导入 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="683"/>
        <source>%n report(s) imported, %1 failed</source>
        <translation>
            <numerusform>已导入 %n 份报告,%1 份失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="741"/>
        <source>No other report has open flags</source>
        <translation>没有其他有未处理问题的报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="782"/>
        <source>unreviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="783"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="784"/>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="785"/>
        <source>as printed</source>
        <translation>按原文</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="786"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="792"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="822"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="823"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="824"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="825"/>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="826"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="827"/>
        <source>Shares total</source>
        <translation>占比之和</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="828"/>
        <source>Unit slip</source>
        <translation>单位笔误</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="829"/>
        <source>Restated</source>
        <translation>前后不一</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="830"/>
        <source>Numbering</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="831"/>
        <source>Missing section</source>
        <translation>缺少内容</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="832"/>
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="833"/>
        <source>fixed</source>
        <translation>已修正</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="834"/>
        <source>source error</source>
        <translation>原文错误</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="835"/>
        <source>dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="884"/>
        <source>%1 — %2 — Jiaohe</source>
        <translation>%1 — %2 — 校核</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReviewWindow.cpp" line="886"/>
        <source>%1: %n field(s), %2 flag(s)</source>
        <translation>
            <numerusform>%1:%n 个字段,%2 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="915"/>
        <source>%1 / %2 reviewed</source>
        <translation>已审核 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="922"/>
        <location filename="../../ui/ReviewWindow.cpp" line="926"/>
        <source>Open review database</source>
        <translation>打开审核数据库</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="923"/>
        <source>Review databases (*.sqlite *.db);;All files (*)</source>
        <translation>审核数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="933"/>
        <location filename="../../ui/ReviewWindow.cpp" line="936"/>
        <location filename="../../ui/ReviewWindow.cpp" line="946"/>
        <source>Import reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="933"/>
        <source>Open a review database first.</source>
        <translation>请先打开审核数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="937"/>
        <source>Reports (*.txt *.htm *.html);;All files (*)</source>
        <translation>报告 (*.txt *.htm *.html);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewWindow.cpp" line="947"/>
        <source>Some reports could not be imported:
%1</source>
        <translation>以下报告未能导入:
%1</translation>
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
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="112"/>
        <source>Report %1 has no field %2</source>
        <translation>报告 %1 没有字段 %2</translation>
    </message>
</context>
<context>
    <name>jiaohe::SetReportStatusCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="212"/>
        <source>Mark report reviewed</source>
        <translation>标记报告为已审核</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="213"/>
        <source>Mark report in review</source>
        <translation>标记报告为审核中</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="214"/>
        <source>Mark report unreviewed</source>
        <translation>标记报告为未审核</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="222"/>
        <source>There is no report %1</source>
        <translation>没有报告 %1</translation>
    </message>
</context>
</TS>
