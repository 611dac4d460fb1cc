<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>jiaohe::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="27"/>
        <source>Jiaohe — annual report review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="31"/>
        <source>Report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="35"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="35"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="35"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="35"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="36"/>
        <source>Extracted fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="40"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="40"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="40"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="41"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="53"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="54"/>
        <source>&amp;Open report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="55"/>
        <source>Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="56"/>
        <source>Reports (*.txt *.htm *.html);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="63"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="78"/>
        <source>Open a report with File → Open report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="86"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="89"/>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="129"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="130"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="131"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="132"/>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="133"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="134"/>
        <source>Shares total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="135"/>
        <source>Unit slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="136"/>
        <source>Restated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="137"/>
        <source>Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="138"/>
        <source>Missing section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="166"/>
        <source>%1 — Jiaohe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="167"/>
        <source>%n field(s), %1 flag(s)</source>
        <translation>
            <numerusform>%n field, %1 flag(s)</numerusform>
            <numerusform>%n fields, %1 flag(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jiaohe::ReportQueueModel</name>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="119"/>
        <source>region unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="124"/>
        <source>year unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ReportQueueModel.cpp" line="131"/>
        <source>%n open flag(s)</source>
        <translation><numerusform>%n open flag</numerusform><numerusform>%n open flags</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="147"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="149"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="151"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="153"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="155"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="163"/>
        <source>The report&apos;s file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="165"/>
        <source>The issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="167"/>
        <source>The year the statistics cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="169"/>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="171"/>
        <source>Open flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="278"/>
        <source>unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="281"/>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ReportQueueModel.cpp" line="284"/>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
