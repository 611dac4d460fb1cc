<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>jiaohe::AssignFieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="120"/>
        <source>Assign %1 from the text: %2</source>
        <translation>从原文指定 %1:%2</translation>
    </message>
</context>
<context>
    <name>jiaohe::CorrectFieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="91"/>
        <source>Keep %1 as printed, intended %2</source>
        <translation>%1 按原文保留,应为 %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="92"/>
        <source>Correct %1 to %2</source>
        <translation>将 %1 更正为 %2</translation>
    </message>
</context>
<context>
    <name>jiaohe::CorrectionDialog</name>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="39"/>
        <source>Correct field</source>
        <translation>更正字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="42"/>
        <source>New value</source>
        <translation>新数值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="43"/>
        <source>e.g. 1.2万, １２３, 一千二百</source>
        <translation>例如 1.2万、１２３、一千二百</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="49"/>
        <source>The report itself is wrong: keep the printed value (as printed)</source>
        <translation>报告本身有误:保留原文数值(按原文)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="53"/>
        <source>New value for %1:</source>
        <translation>%1 的新数值:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="64"/>
        <source>Type a number as the report writes it.</source>
        <translation>按报告的写法输入数字。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="66"/>
        <source>Not a number: “%1” cannot be read as a quantity.</source>
        <translation>不是数字:无法将“%1”读作数量。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CorrectionDialog.cpp" line="68"/>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
</context>
<context>
    <name>jiaohe::DismissReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs/DismissReasonDialog.cpp" line="28"/>
        <source>Dismiss flag</source>
        <translation>忽略问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/DismissReasonDialog.cpp" line="28"/>
        <source>Why is this not a problem?
%1</source>
        <translation>为什么这不是问题?
%1</translation>
    </message>
</context>
<context>
    <name>jiaohe::ExportOptionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="29"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="31"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="32"/>
        <source>Wide: one row per report</source>
        <translation>宽表：每份报告一行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="33"/>
        <source>Long: one row per field</source>
        <translation>长表：每个字段一行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="34"/>
        <source>Byte order mark (for Excel)</source>
        <translation>字节顺序标记（供 Excel 使用）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="36"/>
        <source>Reviewed reports only</source>
        <translation>仅已审核的报告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ExportOptionsDialog.cpp" line="41"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
</context>
<context>
    <name>jiaohe::FieldCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="64"/>
        <source>Report %1 has no field %2</source>
        <translation>报告 %1 没有字段 %2</translation>
    </message>
</context>
<context>
    <name>jiaohe::FieldPickerDialog</name>
    <message>
        <location filename="../../ui/dialogs/FieldPickerDialog.cpp" line="47"/>
        <source>Assign to field</source>
        <translation>指定给字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/FieldPickerDialog.cpp" line="47"/>
        <source>The selected number becomes the value of:</source>
        <translation>选中的数字将成为以下字段的数值:</translation>
    </message>
</context>
<context>
    <name>jiaohe::FieldsModel</name>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="28"/>
        <source>unreviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="31"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="34"/>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="37"/>
        <source>as printed</source>
        <translation>按原文</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="40"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="53"/>
        <source>(blank) 0</source>
        <translation>(空白) 0</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="65"/>
        <source>Type a number as the report writes it (1.2万, １２３, 一千二百).</source>
        <translation>按报告写法输入数字(1.2万、１２３、一千二百)。</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="70"/>
        <source>“%1” cannot be read as a number.</source>
        <translation>“%1”无法识别为数字。</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="75"/>
        <source>“%1” is a percentage, but this field is a count (%2).</source>
        <translation>“%1”是百分比,但此字段是数量(%2)。</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="79"/>
        <source>“%1” is a count, but this field is a percentage.</source>
        <translation>“%1”是数量,但此字段是百分比。</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="83"/>
        <source>“%1” is too large.</source>
        <translation>“%1”过大。</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="87"/>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="134"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="354"/>
        <source>Left blank in the report&apos;s table: read as 0</source>
        <translation>报告表格中此格为空白,按 0 计</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="355"/>
        <source>As printed: %1</source>
        <translation>原文:%1</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="359"/>
        <source>%1
An open flag points at this number.</source>
        <translation>%1
有未处理的问题指向此数字。</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="383"/>
        <source>flagged</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="405"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="407"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="409"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="411"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="458"/>
        <source>New value</source>
        <translation>新数值</translation>
    </message>
    <message>
        <location filename="../../ui/FieldsModel.cpp" line="459"/>
        <source>e.g. 1.2万, １２３, 一千二百</source>
        <translation>例如 1.2万、１２３、一千二百</translation>
    </message>
</context>
<context>
    <name>jiaohe::FieldsPanel</name>
    <message>
        <location filename="../../ui/panels/FieldsPanel.cpp" line="15"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/panels/FieldsPanel.cpp" line="23"/>
        <source>Return: confirm · F2 or type: edit the value · F6: next unreviewed field</source>
        <translation>回车:确认 · F2 或直接输入:编辑数值 · F6:下一个未审核字段</translation>
    </message>
    <message>
        <location filename="../../ui/panels/FieldsPanel.cpp" line="30"/>
        <source>Not taken: %1</source>
        <translation>未采用:%1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/FieldsPanel.cpp" line="108"/>
        <source>Every field of this report has been reviewed</source>
        <translation>本报告的所有字段均已审核</translation>
    </message>
</context>
<context>
    <name>jiaohe::FlagsModel</name>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="50"/>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="51"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="52"/>
        <source>Shares total</source>
        <translation>占比之和</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="53"/>
        <source>Unit slip</source>
        <translation>单位笔误</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="54"/>
        <source>Restated</source>
        <translation>前后不一</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="55"/>
        <source>Numbering</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="56"/>
        <source>Missing section</source>
        <translation>缺少内容</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="57"/>
        <source>Across years</source>
        <translation>跨年度</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="58"/>
        <source>Too many findings</source>
        <translation>问题过多</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="75"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="78"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="81"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="89"/>
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="92"/>
        <source>fixed</source>
        <translation>已修正</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="95"/>
        <source>source error</source>
        <translation>原文错误</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="98"/>
        <source>dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="236"/>
        <source>Ctrl+Shift+A accepts the suggested fix</source>
        <translation>Ctrl+Shift+A 采用建议修正</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="242"/>
        <source>%1
Ctrl+Shift+R: open last year&apos;s report</source>
        <translation>%1
Ctrl+Shift+R:打开上年报告</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="268"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="270"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="272"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="274"/>
        <source>Resolution</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="276"/>
        <source>Suggested fix</source>
        <translation>建议修正</translation>
    </message>
    <message>
        <location filename="../../ui/FlagsModel.cpp" line="278"/>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>jiaohe::FlagsPanel</name>
    <message>
        <location filename="../../ui/panels/FlagsPanel.cpp" line="14"/>
        <source>Flags</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>jiaohe::ImportController</name>
    <message>
        <location filename="../../ui/ImportController.cpp" line="58"/>
        <location filename="../../ui/ImportController.cpp" line="74"/>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ImportController.cpp" line="82"/>
        <location filename="../../ui/ImportController.cpp" line="151"/>
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>已导入 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ImportController.cpp" line="83"/>
        <source>%n report(s) imported, %1 failed</source>
        <translation>
            <numerusform>已导入 %n 份报告,%1 份失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="91"/>
        <source>An import is running already.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="99"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="102"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="112"/>
        <source>Importing %1 of %2: %3</source>
        <translation>正在导入第 %1 个，共 %2 个：%3</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="115"/>
        <source>Importing reports…</source>
        <translation>正在导入报告…</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="128"/>
        <source>Cancelling the import…</source>
        <translation>正在取消导入…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ImportController.cpp" line="153"/>
        <source>, %n already present</source>
        <translation>
            <numerusform>，%n 个已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ImportController.cpp" line="156"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="159"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="163"/>
        <source>Import reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="171"/>
        <location filename="../../ui/ImportController.cpp" line="174"/>
        <source>Open reports</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="171"/>
        <location filename="../../ui/ImportController.cpp" line="184"/>
        <source>Open a review database first.</source>
        <translation>请先打开审核数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="175"/>
        <source>Reports (*.txt *.htm *.html *.pdf);;All files (*)</source>
        <translation>报告 (*.txt *.htm *.html *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="184"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/ImportController.cpp" line="187"/>
        <source>Open folder of reports</source>
        <translation>打开报告所在文件夹</translation>
    </message>
</context>
<context>
    <name>jiaohe::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="40"/>
        <location filename="../../ui/MainWindow.cpp" line="257"/>
        <source>Jiaohe — annual report review</source>
        <translation>校核 — 政府信息公开年报审核</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="55"/>
        <source>Open a review database with File → Open review database…</source>
        <translation>请通过“文件 → 打开审核数据库…”打开审核数据库</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="98"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="98"/>
        <source>Not saved: %1</source>
        <translation>未保存:%1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="140"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="141"/>
        <source>&amp;New review database…</source>
        <translation>新建审核数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="144"/>
        <source>&amp;Open review database…</source>
        <translation>打开审核数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="146"/>
        <source>Recent &amp;databases</source>
        <translation>最近的数据库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="151"/>
        <source>Open &amp;reports…</source>
        <translation>打开报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="154"/>
        <source>Open &amp;folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="157"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="161"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="164"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="165"/>
        <source>&amp;Find report</source>
        <translation>查找报告(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="168"/>
        <source>F&amp;ind in report</source>
        <translation>在报告中查找(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="179"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="180"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="183"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="191"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="200"/>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="202"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="203"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="261"/>
        <source>%1 — Jiaohe</source>
        <translation>%1 — 校核</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="263"/>
        <source>%n report(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="274"/>
        <source>%1 — %2 — Jiaohe</source>
        <translation>%1 — %2 — 校核</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="275"/>
        <source>%1: %n field(s), %2 flag(s)</source>
        <translation>
            <numerusform>%1:%n 个字段,%2 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="282"/>
        <location filename="../../ui/MainWindow.cpp" line="285"/>
        <location filename="../../ui/MainWindow.cpp" line="332"/>
        <source>Open review database</source>
        <translation>打开审核数据库</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="283"/>
        <source>Review databases (*.sqlite *.db);;All files (*)</source>
        <translation>审核数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="291"/>
        <location filename="../../ui/MainWindow.cpp" line="298"/>
        <location filename="../../ui/MainWindow.cpp" line="302"/>
        <source>New review database</source>
        <translation>新建审核数据库</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="292"/>
        <source>review.sqlite</source>
        <translation>审核.sqlite</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="293"/>
        <source>Review databases (*.sqlite *.db)</source>
        <translation>审核数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="298"/>
        <source>Cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="338"/>
        <source>(none yet)</source>
        <translation>(暂无)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="352"/>
        <source>Preferences saved. The new language takes effect when Jiaohe is started again</source>
        <translation>首选项已保存。新语言在重新启动校核后生效</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="353"/>
        <source>Preferences saved</source>
        <translation>首选项已保存</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="360"/>
        <source>Open a review database first.</source>
        <translation>请先打开审核数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="361"/>
        <location filename="../../ui/MainWindow.cpp" line="374"/>
        <location filename="../../ui/MainWindow.cpp" line="384"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="374"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="382"/>
        <source>Nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="387"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jiaohe::MessageBox</name>
    <message numerus="yes">
        <location filename="../../ui/support/MessageBox.cpp" line="40"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n 个问题：</numerusform>
        </translation>
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
    <name>jiaohe::PdfPagesPanel</name>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="25"/>
        <source>Click a box: select its field · Alt+click a number: assign it to the selected field · Ctrl+wheel or Ctrl+=/Ctrl+-: zoom · Ctrl+0: fit width</source>
        <translation>单击方框:选中其字段 · Alt+单击数字:指定给所选字段 · Ctrl+滚轮或 Ctrl+=/Ctrl+-:缩放 · Ctrl+0:适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="29"/>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="46"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="34"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小(Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="35"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="38"/>
        <source>Zoom in (Ctrl+=)</source>
        <translation>放大(Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="39"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="41"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="42"/>
        <source>Fit the page width (Ctrl+0)</source>
        <translation>适合页面宽度(Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="123"/>
        <source>Reading the pages of %1…</source>
        <translation>正在读取 %1 的页面…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="136"/>
        <source>the file has changed since it was imported</source>
        <translation>文件在导入后已改变</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="139"/>
        <source>Qt PDF cannot open it</source>
        <translation>Qt PDF 无法打开该文件</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="144"/>
        <source>The pages of %1 cannot be shown (%2); the text is shown instead</source>
        <translation>无法显示 %1 的页面(%2),改为显示文本</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="151"/>
        <source>%1 was imported by another version of Jiaohe: its pages are shown without the evidence boxes</source>
        <translation>%1 是由其他版本的校核导入的:显示其页面,但不显示证据方框</translation>
    </message>
    <message>
        <location filename="../../ui/panels/PdfPagesPanel.cpp" line="162"/>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
</context>
<context>
    <name>jiaohe::Preferences</name>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="32"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="35"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="36"/>
        <source>As the system (%1)</source>
        <translation>跟随系统(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="42"/>
        <source>Reviewer name</source>
        <translation>审核人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="43"/>
        <source>Your name, as the audit trail should show it</source>
        <translation>您的姓名,将记入审核记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="44"/>
        <source>A new language takes effect when Jiaohe is started again. The reviewer name is written with every decision from now on.</source>
        <translation>新语言在重新启动校核后生效。此后每项审核决定都会记录审核人姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="50"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/PreferencesDialog.cpp" line="51"/>
        <source>&amp;Reviewer:</source>
        <translation>审核人(&amp;R):</translation>
    </message>
</context>
<context>
    <name>jiaohe::QueuePanel</name>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="22"/>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="23"/>
        <source>All reports</source>
        <translation>全部报告</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="29"/>
        <source>Search reports</source>
        <translation>搜索报告</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="30"/>
        <source>Search name or region (Ctrl+Shift+F)</source>
        <translation>搜索文件名或地区(Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="35"/>
        <source>Report queue</source>
        <translation>报告队列</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="45"/>
        <source>F8 / Shift+F8: next / previous open flag, across the queue</source>
        <translation>F8 / Shift+F8:整个队列中的下一个 / 上一个未处理问题</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="49"/>
        <source>Reviewed reports</source>
        <translation>已审核报告</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="56"/>
        <source>Filter by open flag kind</source>
        <translation>按未处理问题类型筛选</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="57"/>
        <source>Any flags</source>
        <translation>任意问题</translation>
    </message>
    <message>
        <location filename="../../ui/panels/QueuePanel.cpp" line="170"/>
        <source>%1 / %2 reviewed</source>
        <translation>已审核 %1 / %2</translation>
    </message>
</context>
<context>
    <name>jiaohe::ReportPanel</name>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="29"/>
        <source>Report text</source>
        <translation>报告正文</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="32"/>
        <source>Click a highlighted number: select its field · Alt+click or select and Ctrl+T: assign the number to the selected field</source>
        <translation>单击高亮数字:选中其字段 · Alt+单击或选中后按 Ctrl+T:将该数字指定给所选字段</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="41"/>
        <source>&amp;Pages</source>
        <translation>页面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="42"/>
        <source>&amp;Text</source>
        <translation>文本(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="66"/>
        <source>There is no number there to assign</source>
        <translation>此处没有可指定的数字</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="93"/>
        <source>Find in report</source>
        <translation>在报告中查找</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="94"/>
        <source>Find in report (simplified or traditional script)</source>
        <translation>在报告中查找(简体或繁体均可)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="99"/>
        <source>Previous match (Shift+Return)</source>
        <translation>上一个(Shift+回车)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="102"/>
        <source>Next match (Return)</source>
        <translation>下一个(回车)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="105"/>
        <source>Close (Escape)</source>
        <translation>关闭(Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="238"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="239"/>
        <source>“%1” is not in this report</source>
        <translation>本报告中没有“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/panels/ReportPanel.cpp" line="248"/>
        <source>%1 of %2</source>
        <translation>第 %1 个,共 %2 个</translation>
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
        <location filename="../../ui/ReviewCommands.cpp" line="137"/>
        <source>Mark flag fixed</source>
        <translation>标记问题为已修正</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="139"/>
        <source>Mark flag as source error</source>
        <translation>标记问题为原文错误</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="141"/>
        <source>Dismiss flag</source>
        <translation>忽略问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="143"/>
        <source>Reopen flag</source>
        <translation>重新打开问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="157"/>
        <source>Report %1 has no flag %2</source>
        <translation>报告 %1 没有问题 %2</translation>
    </message>
</context>
<context>
    <name>jiaohe::ReviewActionHandler</name>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="65"/>
        <source>&amp;Confirm field</source>
        <translation>确认字段(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="72"/>
        <source>&amp;Edit value in place</source>
        <translation>就地编辑数值(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="74"/>
        <location filename="../../ui/ReviewActionHandler.cpp" line="159"/>
        <location filename="../../ui/ReviewActionHandler.cpp" line="171"/>
        <location filename="../../ui/ReviewActionHandler.cpp" line="212"/>
        <source>Select a field first</source>
        <translation>请先选择一个字段</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="77"/>
        <source>C&amp;orrect field…</source>
        <translation>更正字段(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="79"/>
        <source>&amp;Assign selected number to field</source>
        <translation>将选中数字指定给字段(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="82"/>
        <source>Assign selected number to &amp;another field…</source>
        <translation>将选中数字指定给其他字段(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="85"/>
        <source>Next &amp;unreviewed field</source>
        <translation>下一个未审核字段(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="87"/>
        <source>Previous unreviewed field</source>
        <translation>上一个未审核字段</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="90"/>
        <source>Mark field as &amp;printed</source>
        <translation>字段按原文(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="92"/>
        <source>Field &amp;not applicable</source>
        <translation>字段不适用(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="95"/>
        <source>Mark field &amp;unreviewed</source>
        <translation>字段改回未审核(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="98"/>
        <source>&amp;Accept suggested fix</source>
        <translation>采纳建议的修正(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="101"/>
        <source>Flag is a &amp;source error</source>
        <translation>问题属原文错误(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="104"/>
        <source>&amp;Dismiss flag…</source>
        <translation>忽略问题(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="106"/>
        <source>R&amp;eopen flag</source>
        <translation>重新打开问题(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="108"/>
        <source>Report &amp;reviewed, open next</source>
        <translation>报告审核完毕,打开下一份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="116"/>
        <source>&amp;Next open flag</source>
        <translation>下一个未处理问题(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="118"/>
        <source>&amp;Previous open flag</source>
        <translation>上一个未处理问题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="120"/>
        <source>&amp;Related report of the flag</source>
        <translation>问题相关的报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="144"/>
        <source>Open a report first</source>
        <translation>请先打开一份报告</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="181"/>
        <source>Report has no field %1</source>
        <translation>报告中没有字段 %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="229"/>
        <source>Select the field first, then the number in the text</source>
        <translation>请先选择字段,再在原文中选择数字</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="236"/>
        <source>There is no number there to assign</source>
        <translation>此处没有可指定的数字</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="238"/>
        <source>The selection holds more than one number; select just one</source>
        <translation>所选内容包含多个数字,请只选择一个</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="240"/>
        <source>%1 is a percentage; the field counts %2</source>
        <translation>%1 是百分比,而该字段的单位是 %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="242"/>
        <source>%1 is not a percentage; the field is one</source>
        <translation>%1 不是百分比,而该字段是百分比</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="275"/>
        <source>This flag has no suggested fix</source>
        <translation>此问题没有建议的修正</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="275"/>
        <location filename="../../ui/ReviewActionHandler.cpp" line="298"/>
        <location filename="../../ui/ReviewActionHandler.cpp" line="318"/>
        <source>Select a flag first</source>
        <translation>请先选择一个问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="280"/>
        <source>No field holds the number this fix is for</source>
        <translation>没有字段对应此修正所针对的数字</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="283"/>
        <source>Accept suggested fix: %1</source>
        <translation>采纳建议的修正:%1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="306"/>
        <source>Dismissing a flag needs a reason</source>
        <translation>忽略问题需要说明理由</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="348"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="352"/>
        <source>Saved. No unreviewed report left</source>
        <translation>已保存。没有未审核的报告了</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="399"/>
        <source>No other open flag</source>
        <translation>没有其他未处理问题</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewActionHandler.cpp" line="408"/>
        <source>The selected flag does not point at another report</source>
        <translation>所选问题未指向其他报告</translation>
    </message>
</context>
<context>
    <name>jiaohe::ReviewSession</name>
    <message>
        <location filename="../../ui/ReviewSession.cpp" line="131"/>
        <source>no review database is open</source>
        <translation>未打开审核数据库</translation>
    </message>
</context>
<context>
    <name>jiaohe::SetFieldStatusCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="46"/>
        <source>Confirm %1</source>
        <translation>确认 %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="48"/>
        <source>Mark %1 as printed</source>
        <translation>%1 按原文</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="50"/>
        <source>Mark %1 not applicable</source>
        <translation>%1 不适用</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="52"/>
        <source>Mark %1 unreviewed</source>
        <translation>%1 改回未审核</translation>
    </message>
</context>
<context>
    <name>jiaohe::SetReportStatusCommand</name>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="174"/>
        <source>Mark report reviewed</source>
        <translation>标记报告为已审核</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="176"/>
        <source>Mark report in review</source>
        <translation>标记报告为审核中</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="178"/>
        <source>Mark report unreviewed</source>
        <translation>标记报告为未审核</translation>
    </message>
    <message>
        <location filename="../../ui/ReviewCommands.cpp" line="190"/>
        <source>There is no report %1</source>
        <translation>没有报告 %1</translation>
    </message>
</context>
<context>
    <name>jiaohe::ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/ShortcutsDialog.cpp" line="16"/>
        <location filename="../../ui/dialogs/ShortcutsDialog.cpp" line="19"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ShortcutsDialog.cpp" line="20"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ShortcutsDialog.cpp" line="20"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
</TS>
