<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>jiaohe::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="27"/>
        <source>Jiaohe — annual report review</source>
        <translation>校核 — 政府信息公开年报审核</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="31"/>
        <source>Report text</source>
        <translation>报告正文</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="35"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="35"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="35"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="35"/>
        <source>Evidence</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="36"/>
        <source>Extracted fields</source>
        <translation>提取的字段</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="40"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="40"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="40"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="41"/>
        <source>Flags</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="53"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="54"/>
        <source>&amp;Open report…</source>
        <translation>打开报告(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="55"/>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="56"/>
        <source>Reports (*.txt *.htm *.html);;All files (*)</source>
        <translation>报告 (*.txt *.htm *.html);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="63"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="78"/>
        <source>Open a report with File → Open report…</source>
        <translation>用“文件 → 打开报告…”打开一份报告</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="86"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1:%2</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="89"/>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="129"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="130"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="131"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="132"/>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="133"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="134"/>
        <source>Shares total</source>
        <translation>占比之和</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="135"/>
        <source>Unit slip</source>
        <translation>单位笔误</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="136"/>
        <source>Restated</source>
        <translation>前后不一</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="137"/>
        <source>Numbering</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="138"/>
        <source>Missing section</source>
        <translation>缺少内容</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="166"/>
        <source>%1 — Jiaohe</source>
        <translation>%1 — 校核</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="167"/>
        <source>%n field(s), %1 flag(s)</source>
        <translation>
            <numerusform>%n 个字段,%1 个问题</numerusform>
        </translation>
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
        <translation><numerusform>%n 个未处理的问题</numerusform></translation>
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
</TS>
