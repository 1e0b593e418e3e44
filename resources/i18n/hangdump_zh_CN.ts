<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../gui/error_dialog.py" line="29" />
        <source>Something unexpected went wrong: {0}</source>
        <translation>发生了意外错误：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/error_dialog.py" line="31" />
        <source>The details below help the developers.</source>
        <translation>下面的详细信息可以帮助开发人员定位问题。</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <location filename="../../gui/lab_panel.py" line="31" />
        <source>The practice lab runs real servers on this computer: a Linux guest you can crash with an NMI, a guest with kdump, a vCenter simulator and an SSH server with ESXi stand-ins. Rehearse here before you touch a customer's VM.</source>
        <translation>练习实验室在本机运行真实的服务：一台可以用 NMI 触发崩溃的 Linux 虚拟机、一台配置了 kdump 的虚拟机、一个 vCenter 模拟器，以及带有 ESXi 命令替身的 SSH 服务器。在操作客户的虚拟机之前，先在这里演练。</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="38" />
        <source>Start the lab</source>
        <translation>启动实验室</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="40" />
        <source>Stop the lab</source>
        <translation>停止实验室</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="42" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="56" />
        <source>Servers</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="72" />
        <source>The lab is running.</source>
        <translation>实验室正在运行。</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="72" />
        <source>The lab is not running.</source>
        <translation>实验室未运行。</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="76" />
        <source>Practice guest</source>
        <translation>练习虚拟机</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="77" />
        <source>kdump guest</source>
        <translation>kdump 虚拟机</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="81" />
        <source>{0} on {1}, SSH {2}@{3}:{4}</source>
        <translation>{0}（{1}），SSH {2}@{3}:{4}</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="85" />
        <source>vCenter simulator</source>
        <translation>vCenter 模拟器</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="85" />
        <source>{0} as {1}</source>
        <translation>{0}，用户 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="87" />
        <source>Certificate SHA-256</source>
        <translation>证书 SHA-256</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="89" />
        <source>SSH server</source>
        <translation>SSH 服务器</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="90" />
        <source>{0}@{1}:{2}; ESXi stand-ins as {3}</source>
        <translation>{0}@{1}:{2}；ESXi 命令替身用户 {3}</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="93" />
        <source>Guest kernel</source>
        <translation>虚拟机内核</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="94" />
        <source>crash</source>
        <translation>crash</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="21" />
        <source>HangDump {0}</source>
        <translation>HangDump {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="28" />
        <source>Practice lab</source>
        <translation>练习实验室</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="37" />
        <source>Lab</source>
        <translation>实验室</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="39" />
        <source>Start lab</source>
        <translation>启动实验室</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="40" />
        <source>Stop lab</source>
        <translation>停止实验室</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="54" />
        <source>Could not read the lab's state</source>
        <translation>无法读取实验室状态</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="65" />
        <source>Starting the lab...</source>
        <translation>正在启动实验室……</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="66" />
        <source>Could not start the lab</source>
        <translation>无法启动实验室</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="76" />
        <source>Stopping the lab...</source>
        <translation>正在停止实验室……</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="77" />
        <source>Could not stop the lab</source>
        <translation>无法停止实验室</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="83" />
        <source>Lab running</source>
        <translation>实验室运行中</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="83" />
        <source>Lab stopped</source>
        <translation>实验室已停止</translation>
    </message>
</context>
</TS>