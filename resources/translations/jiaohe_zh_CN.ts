<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>jiaohe::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="38"/>
        <source>Jiaohe — annual report review</source>
        <translation>校核 — 政府信息公开年报审核</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="42"/>
        <source>Report text</source>
        <translation>报告正文</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="46"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="46"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="46"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="46"/>
        <source>Evidence</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="47"/>
        <source>Extracted fields</source>
        <translation>提取的字段</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="51"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="51"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="51"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="52"/>
        <source>Flags</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="64"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="65"/>
        <source>&amp;Open report…</source>
        <translation>打开报告(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="66"/>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="67"/>
        <source>Reports (*.txt *.htm *.html);;All files (*)</source>
        <translation>报告 (*.txt *.htm *.html);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="74"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="89"/>
        <source>Open a report with File → Open report…</source>
        <translation>用“文件 → 打开报告…”打开一份报告</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="97"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1:%2</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="100"/>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="140"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="141"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="142"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="143"/>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="144"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="145"/>
        <source>Shares total</source>
        <translation>占比之和</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="146"/>
        <source>Unit slip</source>
        <translation>单位笔误</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="147"/>
        <source>Restated</source>
        <translation>前后不一</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="148"/>
        <source>Numbering</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="149"/>
        <source>Missing section</source>
        <translation>缺少内容</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="177"/>
        <source>%1 — Jiaohe</source>
        <translation>%1 — 校核</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="178"/>
        <source>%n field(s), %1 flag(s)</source>
        <translation>
            <numerusform>%n 个字段,%1 个问题</numerusform>
        </translation>
    </message>
</context>
</TS>
