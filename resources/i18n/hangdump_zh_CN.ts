<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../gui/actions.py" line="25"/>
        <source>Add connection...</source>
        <translation>添加连接...</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="27"/>
        <source>Connect to a vCenter, ESXi or libvirt host</source>
        <translation>连接到 vCenter、ESXi 或 libvirt 主机</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="32"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="34"/>
        <source>Read the inventory again</source>
        <translation>重新读取清单</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="39"/>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="41"/>
        <source>Close this connection</source>
        <translation>关闭此连接</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="45"/>
        <source>Prepare guest...</source>
        <translation>准备虚拟机...</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="47"/>
        <source>Check and fix kdump on a healthy guest</source>
        <translation>在虚拟机正常时检查并修复 kdump 配置</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="51"/>
        <source>Send NMI...</source>
        <translation>发送 NMI...</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="53"/>
        <source>Crash the hung guest on purpose so kdump saves a vmcore</source>
        <translation>有意让挂起的虚拟机崩溃，以便 kdump 保存 vmcore</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="59"/>
        <source>Memory snapshot...</source>
        <translation>内存快照...</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="61"/>
        <source>VMware snapshot with memory, files copied and verified</source>
        <translation>包含内存的 VMware 快照，文件复制并校验</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="67"/>
        <source>Memory dump...</source>
        <translation>内存转储...</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="69"/>
        <source>libvirt memory-only dump, copied and verified</source>
        <translation>libvirt 仅内存转储，复制并校验</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="73"/>
        <source>Fetch a file...</source>
        <translation>获取文件...</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="75"/>
        <source>Queue a download (sftp://, a datastore path, a local file)</source>
        <translation>加入下载队列（sftp://、数据存储路径或本地文件）</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="81"/>
        <source>Open a dump...</source>
        <translation>打开转储...</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="83"/>
        <source>Identify a dump and analyse it</source>
        <translation>识别并分析转储文件</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="87"/>
        <source>Settings...</source>
        <translation>设置...</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="89"/>
        <source>Language, folders, symbol store, analysis host</source>
        <translation>语言、文件夹、符号库、分析主机</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="93"/>
        <source>Start lab</source>
        <translation>启动实验环境</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="95"/>
        <source>Start the local practice lab</source>
        <translation>启动本地练习实验环境</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="99"/>
        <source>Stop lab</source>
        <translation>停止实验环境</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="101"/>
        <source>Stop the local practice lab</source>
        <translation>停止本地练习实验环境</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="105"/>
        <source>Connect to the lab</source>
        <translation>连接到实验环境</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="107"/>
        <source>Add the lab&apos;s libvirt and vCenter simulator</source>
        <translation>添加实验环境的 libvirt 和 vCenter 模拟器</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="109"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>AnalysisTab</name>
    <message>
        <location filename="../../gui/analysis_tab.py" line="106"/>
        <source>Open a dump...</source>
        <translation>打开转储...</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="147"/>
        <source>The crash console is not part of this build yet. Identify the dump here, then run `hangdump crash DUMP --vmlinux FILE` in a terminal.</source>
        <translation>此版本尚未包含 crash 控制台。请在此识别转储，然后在终端中运行 `hangdump crash DUMP --vmlinux FILE`。</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="158"/>
        <source>A dump to analyse</source>
        <translation>要分析的转储文件</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="163"/>
        <source>Symbol store</source>
        <translation>符号库</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="184"/>
        <source>Could not identify {0}</source>
        <translation>无法识别 {0}</translation>
    </message>
</context>
<context>
    <name>CaptureWizard</name>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="66"/>
        <source>NMI sent to {0} via {1}.</source>
        <translation>已通过 {1} 向 {0} 发送 NMI。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="73"/>
        <source>vmcore fetched and verified: {0}</source>
        <translation>vmcore 已获取并校验：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="79"/>
        <source>No guest SSH address was given: fetch the vmcore from /var/crash once the guest is back (Fetch a file...).</source>
        <translation>未提供虚拟机的 SSH 地址：虚拟机恢复后请从 /var/crash 获取 vmcore（获取文件...）。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="90"/>
        <source>Send NMI to {0}</source>
        <translation>向 {0} 发送 NMI</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="91"/>
        <source>An NMI makes the guest&apos;s kernel panic: the VM CRASHES on purpose, kdump writes a vmcore and the guest reboots. Everything running in it stops. Do this only on the hung VM you mean.</source>
        <translation>NMI 会让虚拟机内核 panic：虚拟机会被有意地崩溃，kdump 写出 vmcore，然后虚拟机重启。其中运行的一切都会停止。只对您确定要处理的那台挂起的虚拟机执行此操作。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="97"/>
        <source>Send NMI</source>
        <translation>发送 NMI</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="107"/>
        <location filename="../../gui/wizards/capture_wizard.py" line="189"/>
        <source>{0}: {1} bytes, SHA-256 {2}</source>
        <translation>{0}：{1} 字节，SHA-256 {2}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="131"/>
        <source>Snapshot {0} of {1}.</source>
        <translation>{1} 的快照 {0}。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="137"/>
        <source>The snapshot was removed after its files were verified.</source>
        <translation>文件校验通过后，快照已删除。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="141"/>
        <source>The snapshot was kept on the host.</source>
        <translation>快照保留在主机上。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="148"/>
        <source>Memory snapshot of {0}</source>
        <translation>{0} 的内存快照</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="149"/>
        <source>HangDump takes a snapshot that includes the VM&apos;s memory, then copies the .vmsn/.vmss and .vmem files here and verifies them. The VM keeps running (it pauses briefly while the memory is written).</source>
        <translation>HangDump 会创建包含内存的快照，然后将 .vmsn/.vmss 和 .vmem 文件复制到本机并校验。虚拟机继续运行（写入内存时会短暂暂停）。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="155"/>
        <source>Take snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="158"/>
        <source>Every file arrived and was verified. Remove the snapshot from the VM now? (A kept snapshot grows and slows the VM down.)</source>
        <translation>所有文件均已下载并校验。现在从虚拟机删除该快照吗？（保留的快照会不断增大并拖慢虚拟机。）</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="183"/>
        <source>Memory dump of {0}: {1}</source>
        <translation>{0} 的内存转储：{1}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="199"/>
        <source>Memory dump of {0}</source>
        <translation>{0} 的内存转储</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="200"/>
        <source>libvirt writes the VM&apos;s memory to a file on the host (the VM pauses while it does); HangDump copies it here, verifies it, then deletes it from the host.</source>
        <translation>libvirt 将虚拟机内存写入主机上的文件（期间虚拟机暂停）；HangDump 将其复制到本机并校验，然后从主机删除。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="205"/>
        <source>Dump memory</source>
        <translation>转储内存</translation>
    </message>
</context>
<context>
    <name>CaseBrowser</name>
    <message>
        <location filename="../../gui/case_browser.py" line="41"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="42"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="43"/>
        <source>HTML report</source>
        <translation>HTML 报告</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="44"/>
        <source>Zip for a ticket</source>
        <translation>打包为工单附件（zip）</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="45"/>
        <source>Analyse its dump</source>
        <translation>分析其转储</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="110"/>
        <source>No cases yet under {0}.</source>
        <translation>{0} 下还没有案例。</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="116"/>
        <source>Title: {0}</source>
        <translation>标题：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="117"/>
        <source>Created: {0}</source>
        <translation>创建时间：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="118"/>
        <source>Capture: {0}</source>
        <translation>采集方式：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="119"/>
        <source>VM: {0}</source>
        <translation>虚拟机：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="120"/>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="162"/>
        <source>Could not write the report</source>
        <translation>无法写出报告</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="61"/>
        <source>Readiness checklist</source>
        <translation>就绪检查清单</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="65"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="65"/>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="69"/>
        <source>These commands would fix the red items:</source>
        <translation>以下命令可修复标红的检查项：</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="74"/>
        <source>Run these commands on the guest</source>
        <translation>在虚拟机上运行这些命令</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="107"/>
        <source>Reading the guest...</source>
        <translation>正在读取虚拟机...</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="111"/>
        <source>Could not read the guest</source>
        <translation>无法读取虚拟机信息</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="137"/>
        <source>(nothing to fix)</source>
        <translation>（无需修复）</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="141"/>
        <source>{0}: {1} ok, {2} warnings, {3} failing, {4} unknown</source>
        <translation>{0}：{1} 项正常，{2} 项警告，{3} 项失败，{4} 项未知</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="167"/>
        <source>Applying the fixes...</source>
        <translation>正在应用修复...</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="168"/>
        <source>The fixes could not be applied</source>
        <translation>无法应用修复</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="101"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="113"/>
        <source>Type the VM&apos;s name to confirm</source>
        <translation>输入虚拟机名称以确认</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="130"/>
        <source>VM: {0}
id: {1}
host: {2}
Type the VM&apos;s name exactly to continue:</source>
        <translation>虚拟机：{0}
ID：{1}
主机：{2}
请准确输入虚拟机名称以继续：</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../gui/connection_dialog.py" line="30"/>
        <source>vCenter or ESXi (HTTPS API)</source>
        <translation>vCenter 或 ESXi（HTTPS API）</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="31"/>
        <source>ESXi shell over SSH</source>
        <translation>通过 SSH 使用 ESXi Shell</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="32"/>
        <source>libvirt on this computer (qemu:///system)</source>
        <translation>本机上的 libvirt（qemu:///system）</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="35"/>
        <source>libvirt over SSH (qemu+ssh)</source>
        <translation>通过 SSH 连接 libvirt（qemu+ssh）</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="36"/>
        <source>virsh over SSH (no libvirt-python needed)</source>
        <translation>通过 SSH 使用 virsh（无需 libvirt-python）</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="59"/>
        <source>Add a connection</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="70"/>
        <source>e.g. Production vCenter</source>
        <translation>例如：生产 vCenter</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="71"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="74"/>
        <source>host name or IP address</source>
        <translation>主机名或 IP 地址</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="82"/>
        <source>default: SSH agent and ~/.ssh keys</source>
        <translation>默认：SSH 代理和 ~/.ssh 中的密钥</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="83"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="91"/>
        <source>Remember the password in the OS keyring</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="95"/>
        <source>No OS keyring is available: HangDump will ask for the password each time.</source>
        <translation>没有可用的系统密钥环：HangDump 每次都会询问密码。</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="100"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="101"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="102"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="106"/>
        <source>SSH key</source>
        <translation>SSH 密钥</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="108"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="114"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="119"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="175"/>
        <source>SSH private key</source>
        <translation>SSH 私钥</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="192"/>
        <source>Give the host name or address.</source>
        <translation>请填写主机名或地址。</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <location filename="../../gui/connections.py" line="80"/>
        <source>connecting...</source>
        <translation>正在连接...</translation>
    </message>
    <message>
        <location filename="../../gui/connections.py" line="102"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../gui/connections.py" line="108"/>
        <source>Could not connect to {0}</source>
        <translation>无法连接到 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/connections.py" line="116"/>
        <location filename="../../gui/connections.py" line="136"/>
        <source>Could not close {0}</source>
        <translation>无法关闭 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/connections.py" line="118"/>
        <source>{0} VMs</source>
        <translation>{0} 台虚拟机</translation>
    </message>
    <message>
        <location filename="../../gui/connections.py" line="128"/>
        <source>Could not read the inventory of {0}</source>
        <translation>无法读取 {0} 的清单</translation>
    </message>
</context>
<context>
    <name>CrashConsole</name>
    <message>
        <location filename="../../gui/crash_console.py" line="135"/>
        <source>First-look commands</source>
        <extracomment>crash&apos;s commands (help.c), for completion</extracomment>
        <translation>初步检查命令</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="147"/>
        <source>Triage</source>
        <translation>自动分析</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="150"/>
        <source>Run all first-look commands and explain in plain words what they show.</source>
        <translation>运行全部初步检查命令，并用通俗的话解释结果。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="153"/>
        <source>Save...</source>
        <translation>保存...</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="155"/>
        <source>Save everything shown in the console to a text file.</source>
        <translation>把控制台中显示的全部内容保存为文本文件。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="158"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="160"/>
        <source>Copy the selected output.</source>
        <translation>复制选中的输出。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="169"/>
        <location filename="../../gui/crash_console.py" line="170"/>
        <source>Search the output</source>
        <translation>搜索输出</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="172"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="175"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="182"/>
        <source>crash command</source>
        <translation>crash 命令</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="183"/>
        <source>Type a crash command, e.g. bt -a; Up/Down: history</source>
        <translation>输入 crash 命令，例如 bt -a；上/下方向键：历史记录</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="188"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="191"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="193"/>
        <source>Interrupt the running command (like Ctrl-C).</source>
        <translation>中断正在运行的命令（相当于 Ctrl-C）。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="199"/>
        <source>Triage findings</source>
        <translation>分析结果</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="206"/>
        <source>No dump is open.</source>
        <translation>尚未打开转储。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="244"/>
        <source>Kernel version, uptime, load and the panic message: start here.</source>
        <translation>内核版本、运行时间、负载和 panic 信息：从这里开始。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="246"/>
        <source>The last kernel messages before the dump: panics, hung-task and lockup reports.</source>
        <translation>转储前最后的内核消息：panic、任务挂起和锁死报告。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="248"/>
        <source>What each CPU was doing at the moment of the dump.</source>
        <translation>转储那一刻每个 CPU 正在做什么。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="249"/>
        <source>Every task and how long ago it last ran; old UN tasks are stuck.</source>
        <translation>所有任务及其上次运行距今多久；长时间处于 UN 的任务已卡住。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="250"/>
        <source>How many tasks are in each state (UN means stuck waiting).</source>
        <translation>各状态的任务数量（UN 表示卡在等待中）。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="252"/>
        <source>The stacks of all stuck (D state) tasks: what they wait for.</source>
        <translation>所有卡住（D 状态）任务的调用栈：它们在等什么。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="254"/>
        <source>Each CPU&apos;s run queue: a CPU that stopped scheduling shows here.</source>
        <translation>每个 CPU 的运行队列：停止调度的 CPU 会在这里显现。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="255"/>
        <source>Memory use at a glance: did the system run out of memory?</source>
        <translation>内存使用概况：系统是否耗尽了内存？</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="256"/>
        <source>Disk requests still in flight: non-zero means I/O is stuck.</source>
        <translation>仍在处理中的磁盘请求：非零表示 I/O 卡住了。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="276"/>
        <source>Opening {0} in crash...</source>
        <translation>正在用 crash 打开 {0}...</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="281"/>
        <source>crash could not open the dump</source>
        <translation>crash 无法打开该转储</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="292"/>
        <source>crash is ready: {0}</source>
        <translation>crash 已就绪：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="299"/>
        <source>The last action failed.</source>
        <translation>上一个操作失败了。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="310"/>
        <source>crash did not close cleanly</source>
        <translation>crash 未能正常关闭</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="331"/>
        <source>The session is closed.</source>
        <translation>会话已关闭。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="344"/>
        <source>Running {0}...</source>
        <translation>正在运行 {0}...</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="348"/>
        <source>The crash command failed</source>
        <translation>crash 命令失败</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="357"/>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="373"/>
        <source>Triage: running the first-look commands...</source>
        <translation>自动分析：正在运行初步检查命令...</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="386"/>
        <source>Triage failed</source>
        <translation>自动分析失败</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="399"/>
        <source>Triage done: {0} finding(s).</source>
        <translation>自动分析完成：{0} 项发现。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="408"/>
        <source>Save the console output</source>
        <translation>保存控制台输出</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="414"/>
        <source>Saved to {0}</source>
        <translation>已保存到 {0}</translation>
    </message>
</context>
<context>
    <name>DumpCard</name>
    <message>
        <location filename="../../gui/analysis_tab.py" line="35"/>
        <source>Dump</source>
        <translation>转储</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="41"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="42"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="43"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="44"/>
        <source>Kernel release</source>
        <translation>内核版本</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="45"/>
        <source>Found in</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="46"/>
        <source>Build-id</source>
        <translation>Build-id</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="47"/>
        <source>KASLR offset</source>
        <translation>KASLR 偏移</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="48"/>
        <source>Distribution</source>
        <translation>发行版</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="49"/>
        <source>Debuginfo package</source>
        <translation>调试信息包</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="50"/>
        <source>Where to get it</source>
        <translation>获取途径</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="51"/>
        <source>vmlinux</source>
        <translation>vmlinux</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="60"/>
        <source>Choose vmlinux...</source>
        <translation>选择 vmlinux...</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="62"/>
        <source>Look in a symbol store...</source>
        <translation>在符号库中查找...</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="78"/>
        <source>{0:.1f} MiB</source>
        <translation>{0:.1f} MiB</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="79"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="92"/>
        <source>The debug vmlinux of this kernel</source>
        <translation>该内核的调试版 vmlinux</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../gui/error_dialog.py" line="30"/>
        <source>Something unexpected went wrong: {0}</source>
        <translation>发生了意外错误：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/error_dialog.py" line="35"/>
        <source>The details below help the developers.</source>
        <translation>下面的详细信息可以帮助开发人员定位问题。</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../gui/findings_model.py" line="25"/>
        <source>Panic on an NMI</source>
        <translation>NMI 引发的 panic</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="26"/>
        <source>Soft lockup</source>
        <translation>软锁死</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="27"/>
        <source>Hard lockup</source>
        <translation>硬锁死</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="28"/>
        <source>Hung tasks</source>
        <translation>挂起的任务</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="29"/>
        <source>RCU stall</source>
        <translation>RCU 停滞</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="30"/>
        <source>Out of memory</source>
        <translation>内存耗尽</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="31"/>
        <source>Blocked I/O</source>
        <translation>I/O 阻塞</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="32"/>
        <source>Lock wait</source>
        <translation>等待锁</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="33"/>
        <source>Kernel panic</source>
        <translation>内核 panic</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="138"/>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../../gui/findings_model.py" line="139"/>
        <source>What it means / evidence</source>
        <translation>含义 / 证据</translation>
    </message>
</context>
<context>
    <name>GuestPage</name>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="36"/>
        <source>The guest</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="38"/>
        <source>Prepare the guest while it is healthy: HangDump logs in over SSH and reads.</source>
        <translation>请在虚拟机正常时进行准备：HangDump 通过 SSH 登录并读取配置。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="46"/>
        <source>default: SSH agent and ~/.ssh keys</source>
        <translation>默认：SSH 代理和 ~/.ssh 中的密钥</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="47"/>
        <source>SSH address</source>
        <translation>SSH 地址</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="48"/>
        <source>SSH key</source>
        <translation>SSH 密钥</translation>
    </message>
</context>
<context>
    <name>InventoryModel</name>
    <message>
        <location filename="../../gui/inventory_model.py" line="39"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/inventory_model.py" line="40"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/inventory_model.py" line="41"/>
        <source>Guest OS</source>
        <translation>客户机操作系统</translation>
    </message>
    <message>
        <location filename="../../gui/inventory_model.py" line="42"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../gui/inventory_model.py" line="43"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../../gui/inventory_model.py" line="44"/>
        <source>Snapshots</source>
        <translation>快照数</translation>
    </message>
    <message>
        <location filename="../../gui/inventory_model.py" line="104"/>
        <source>{0} MiB</source>
        <translation>{0} MiB</translation>
    </message>
    <message>
        <location filename="../../gui/inventory_model.py" line="110"/>
        <source>{0}
id {1}
{2}</source>
        <translation>{0}
ID {1}
{2}</translation>
    </message>
    <message>
        <location filename="../../gui/inventory_model.py" line="119"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../gui/inventory_model.py" line="120"/>
        <source>Powered off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <location filename="../../gui/inventory_model.py" line="121"/>
        <source>Suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <location filename="../../gui/inventory_model.py" line="122"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../gui/inventory_model.py" line="123"/>
        <source>Crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <location filename="../../gui/inventory_model.py" line="124"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>InventoryPanel</name>
    <message>
        <location filename="../../gui/inventory_panel.py" line="37"/>
        <source>Filter by name, state, guest OS or host</source>
        <translation>按名称、状态、客户机操作系统或主机筛选</translation>
    </message>
    <message>
        <location filename="../../gui/inventory_panel.py" line="39"/>
        <source>Filter the inventory</source>
        <translation>筛选清单</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <location filename="../../gui/window_ops.py" line="230"/>
        <location filename="../../gui/window_ops.py" line="261"/>
        <source>Lab libvirt</source>
        <translation>实验室 libvirt</translation>
    </message>
    <message>
        <location filename="../../gui/window_ops.py" line="250"/>
        <source>Lab vCenter</source>
        <translation>实验室 vCenter</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <location filename="../../gui/lab_panel.py" line="32"/>
        <source>The practice lab runs real servers on this computer: a Linux guest you can crash with an NMI, a guest with kdump, a vCenter simulator and an SSH server with ESXi stand-ins. Rehearse here before you touch a customer&apos;s VM.</source>
        <translation>练习实验室在本机运行真实的服务：一台可以用 NMI 触发崩溃的 Linux 虚拟机、一台配置了 kdump 的虚拟机、一个 vCenter 模拟器，以及带有 ESXi 命令替身的 SSH 服务器。在操作客户的虚拟机之前，先在这里演练。</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="41"/>
        <source>Start the lab</source>
        <translation>启动实验室</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="43"/>
        <source>Stop the lab</source>
        <translation>停止实验室</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="45"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="59"/>
        <source>Servers</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="75"/>
        <source>The lab is running.</source>
        <translation>实验室正在运行。</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="75"/>
        <source>The lab is not running.</source>
        <translation>实验室未运行。</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="81"/>
        <source>Practice guest</source>
        <translation>练习虚拟机</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="82"/>
        <source>kdump guest</source>
        <translation>kdump 虚拟机</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="89"/>
        <source>{0} on {1}, SSH {2}@{3}:{4}</source>
        <translation>{0}（{1}），SSH {2}@{3}:{4}</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="99"/>
        <source>vCenter simulator</source>
        <translation>vCenter 模拟器</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="100"/>
        <source>{0} as {1}</source>
        <translation>{0}，用户 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="102"/>
        <source>Certificate SHA-256</source>
        <translation>证书 SHA-256</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="105"/>
        <source>SSH server</source>
        <translation>SSH 服务器</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="106"/>
        <source>{0}@{1}:{2}; ESXi stand-ins as {3}</source>
        <translation>{0}@{1}:{2}；ESXi 命令替身用户 {3}</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="111"/>
        <source>Guest kernel</source>
        <translation>虚拟机内核</translation>
    </message>
    <message>
        <location filename="../../gui/lab_panel.py" line="112"/>
        <source>crash</source>
        <translation>crash</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="38"/>
        <source>HangDump {0}</source>
        <translation>HangDump {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="60"/>
        <source>Inventory</source>
        <extracomment>`hangdump --lab`: connect once the lab is up</extracomment>
        <translation>清单</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="64"/>
        <location filename="../../gui/main_window.py" line="151"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="65"/>
        <location filename="../../gui/main_window.py" line="160"/>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="66"/>
        <location filename="../../gui/main_window.py" line="295"/>
        <source>Practice lab</source>
        <translation>练习实验室</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="76"/>
        <source>Transfers</source>
        <translation>传输</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="89"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="95"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="98"/>
        <source>&amp;Connections</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="101"/>
        <source>&amp;VM</source>
        <translation>虚拟机(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="104"/>
        <source>&amp;Lab</source>
        <translation>实验环境(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="227"/>
        <source>Could not read the saved connections</source>
        <translation>无法读取已保存的连接</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="233"/>
        <source>(no saved connections)</source>
        <translation>（没有已保存的连接）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="238"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="239"/>
        <source>Password for {0}:</source>
        <translation>{0} 的密码：</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="297"/>
        <source>A practice lab runs on this computer (a libvirt guest and a vCenter simulator). Connect to it to try HangDump safely?</source>
        <translation>本机正在运行练习实验环境（一台 libvirt 虚拟机和一个 vCenter 模拟器）。要连接它来安全地试用 HangDump 吗？</translation>
    </message>
    <message>
        <location filename="../../gui/selftest.py" line="37"/>
        <source>Start lab</source>
        <translation>启动实验室</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="250"/>
        <source>Could not read the lab&apos;s state</source>
        <translation>无法读取实验室状态</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="262"/>
        <source>Starting the lab...</source>
        <translation>正在启动实验室……</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="265"/>
        <source>Could not start the lab</source>
        <translation>无法启动实验室</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="278"/>
        <source>Stopping the lab...</source>
        <translation>正在停止实验室……</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="279"/>
        <source>Could not stop the lab</source>
        <translation>无法停止实验室</translation>
    </message>
    <message>
        <location filename="../../gui/window_ops.py" line="72"/>
        <source>Could not save the connection</source>
        <translation>无法保存连接</translation>
    </message>
    <message>
        <location filename="../../gui/window_ops.py" line="178"/>
        <source>Fetch a file</source>
        <translation>获取文件</translation>
    </message>
    <message>
        <location filename="../../gui/window_ops.py" line="179"/>
        <source>What to download: sftp://user@host:port/path, &apos;[datastore] dir/file&apos; or a path:</source>
        <translation>要下载的内容：sftp://user@host:port/path、&apos;[datastore] dir/file&apos; 或本地路径：</translation>
    </message>
    <message>
        <location filename="../../gui/window_ops.py" line="195"/>
        <source>Could not queue the download</source>
        <translation>无法加入下载队列</translation>
    </message>
    <message>
        <location filename="../../gui/window_ops.py" line="206"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../gui/window_ops.py" line="207"/>
        <source>The new language takes effect when you start HangDump again.</source>
        <translation>新的界面语言将在再次启动 HangDump 时生效。</translation>
    </message>
</context>
<context>
    <name>OutputView</name>
    <message>
        <location filename="../../gui/console_output.py" line="35"/>
        <source>crash output</source>
        <translation>crash 输出</translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="45"/>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="47"/>
        <source>HangDump checks the VM and the connection before it does anything.</source>
        <translation>HangDump 在执行任何操作前先检查虚拟机和连接。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="62"/>
        <source>Checking...</source>
        <translation>正在检查...</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="65"/>
        <source>The preflight failed</source>
        <translation>预检失败</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="77"/>
        <source>Everything needed is in place.</source>
        <translation>所需条件均已满足。</translation>
    </message>
</context>
<context>
    <name>PrepareWizard</name>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="185"/>
        <source>Prepare guest</source>
        <translation>准备虚拟机</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../gui/selftest.py" line="49"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="269"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="274"/>
        <source>Open the case folder</source>
        <translation>打开案例文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="284"/>
        <source>Case folder: {0}</source>
        <translation>案例文件夹：{0}</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="158"/>
        <location filename="../../gui/wizards/capture_pages.py" line="194"/>
        <source>Working</source>
        <translation>正在执行</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="171"/>
        <source>No, keep it</source>
        <translation>不，保留</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="173"/>
        <source>Cancel this step</source>
        <translation>取消此步骤</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="204"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="208"/>
        <source>Yes: {0}</source>
        <translation>是：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="217"/>
        <source>{0} failed</source>
        <translation>{0} 失败</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="221"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="234"/>
        <source>Stopped: {0}</source>
        <translation>已停止：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="244"/>
        <source>Done; {0} was skipped.</source>
        <translation>完成；已跳过“{0}”。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/settings.py" line="66"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../gui/settings.py" line="73"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../gui/settings.py" line="77"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../gui/settings.py" line="78"/>
        <source>A new language takes effect the next time HangDump starts.</source>
        <translation>新的界面语言将在下次启动 HangDump 时生效。</translation>
    </message>
    <message>
        <location filename="../../gui/settings.py" line="81"/>
        <source>Case folder</source>
        <translation>案例文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/settings.py" line="82"/>
        <source>Symbol store</source>
        <translation>符号库</translation>
    </message>
    <message>
        <location filename="../../gui/settings.py" line="85"/>
        <source>space-separated URLs (DEBUGINFOD_URLS)</source>
        <translation>以空格分隔的 URL（DEBUGINFOD_URLS）</translation>
    </message>
    <message>
        <location filename="../../gui/settings.py" line="86"/>
        <source>debuginfod servers</source>
        <translation>debuginfod 服务器</translation>
    </message>
    <message>
        <location filename="../../gui/settings.py" line="89"/>
        <source>user@host[:port] (empty: this computer)</source>
        <translation>user@host[:port]（留空：本机）</translation>
    </message>
    <message>
        <location filename="../../gui/settings.py" line="90"/>
        <source>Analysis host</source>
        <translation>分析主机</translation>
    </message>
    <message>
        <location filename="../../gui/settings.py" line="101"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
</context>
<context>
    <name>TransferModel</name>
    <message>
        <location filename="../../gui/transfer_model.py" line="77"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_model.py" line="78"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_model.py" line="79"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_model.py" line="80"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_model.py" line="81"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_model.py" line="82"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_model.py" line="87"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_model.py" line="88"/>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_model.py" line="89"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_model.py" line="90"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_model.py" line="91"/>
        <source>Done (size checked)</source>
        <translation>完成（已核对大小）</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_model.py" line="92"/>
        <source>Verified (SHA-256)</source>
        <translation>已校验（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_model.py" line="93"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../../gui/transfer_panel.py" line="46"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_panel.py" line="47"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_panel.py" line="48"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_panel.py" line="49"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_panel.py" line="50"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../gui/trust_dialog.py" line="39"/>
        <source>Compare it with the fingerprint the server&apos;s administrator gives you. Accept only if they are the same.</source>
        <translation>请与服务器管理员提供的指纹进行比对，完全一致时才接受。</translation>
    </message>
    <message>
        <location filename="../../gui/trust_dialog.py" line="49"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../gui/trust_dialog.py" line="64"/>
        <source>Unknown server certificate</source>
        <translation>未知的服务器证书</translation>
    </message>
    <message>
        <location filename="../../gui/trust_dialog.py" line="65"/>
        <source>The server {0}:{1} presents a certificate that this computer does not trust yet. Its SHA-256 fingerprint is:</source>
        <translation>服务器 {0}:{1} 提供的证书尚未受本机信任。其 SHA-256 指纹为：</translation>
    </message>
    <message>
        <location filename="../../gui/trust_dialog.py" line="84"/>
        <source>Unknown SSH host key</source>
        <translation>未知的 SSH 主机密钥</translation>
    </message>
    <message>
        <location filename="../../gui/trust_dialog.py" line="85"/>
        <source>The SSH server {0} is not known yet. Its {1} host key ({2} bits) is:</source>
        <translation>尚不认识 SSH 服务器 {0}。其 {1} 主机密钥（{2} 位）为：</translation>
    </message>
    <message>
        <location filename="../../gui/trust_dialog.py" line="99"/>
        <source>The server&apos;s identity changed</source>
        <translation>服务器身份已改变</translation>
    </message>
    <message>
        <location filename="../../gui/trust_dialog.py" line="101"/>
        <source>This server no longer presents the certificate or host key recorded when you first connected. Someone may be intercepting the connection, or the server was reinstalled. HangDump will not connect.</source>
        <translation>该服务器提供的证书或主机密钥与首次连接时记录的不同。可能有人在拦截连接，或服务器已重装。HangDump 不会连接。</translation>
    </message>
</context>
</TS>
