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
        <source>VMware snapshot with memory, files copied and verified; a suspended VM&apos;s .vmss/.vmem are copied without a snapshot</source>
        <translation>含内存的 VMware 快照，文件已复制并校验；已挂起虚拟机的 .vmss/.vmem 无需快照直接复制</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="69"/>
        <source>Memory dump...</source>
        <translation>内存转储...</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="71"/>
        <source>libvirt memory-only dump, copied and verified</source>
        <translation>libvirt 仅内存转储，复制并校验</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="75"/>
        <source>Fetch a file...</source>
        <translation>获取文件...</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="77"/>
        <source>Queue a download (sftp://, a datastore path, a local file)</source>
        <translation>加入下载队列（sftp://、数据存储路径或本地文件）</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="83"/>
        <source>Open a dump...</source>
        <translation>打开转储...</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="85"/>
        <source>Identify a dump and analyse it</source>
        <translation>识别并分析转储文件</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="89"/>
        <source>Settings...</source>
        <translation>设置...</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="91"/>
        <source>Language, folders, symbol store, analysis host</source>
        <translation>语言、文件夹、符号库、分析主机</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="95"/>
        <source>Start lab</source>
        <translation>启动实验环境</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="97"/>
        <source>Start the local practice lab</source>
        <translation>启动本地练习实验环境</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="101"/>
        <source>Stop lab</source>
        <translation>停止实验环境</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="103"/>
        <source>Stop the local practice lab</source>
        <translation>停止本地练习实验环境</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="107"/>
        <source>Connect to the lab</source>
        <translation>连接到实验环境</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="109"/>
        <source>Add the lab&apos;s libvirt and vCenter simulator</source>
        <translation>添加实验环境的 libvirt 和 vCenter 模拟器</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="111"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>AnalysisTab</name>
    <message>
        <location filename="../../gui/analysis_tab.py" line="108"/>
        <source>Open a dump...</source>
        <translation>打开转储...</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="154"/>
        <source>The crash console is not part of this build yet. Identify the dump here, then run `hangdump crash DUMP --vmlinux FILE` in a terminal.</source>
        <translation>此版本尚未包含 crash 控制台。请在此识别转储，然后在终端中运行 `hangdump crash DUMP --vmlinux FILE`。</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="165"/>
        <source>A dump to analyse</source>
        <translation>要分析的转储文件</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="170"/>
        <source>Symbol store</source>
        <translation>符号库</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="191"/>
        <source>Could not identify {0}</source>
        <translation>无法识别 {0}</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../backends/capture/flow.py" line="103"/>
        <source>Step {step} takes no input.</source>
        <extracomment>ok | warn | fail in the user&apos;s language a failed blocking check stops the flow the message in English for ``--json`` (empty: ``message`` is English already) input | work | final input steps: validate(values) stores what it accepts or raises UserError work steps: work(progress, cancel) which step follows (None: the flow is over) False for steps after which going back makes no sense (an NMI was sent)</extracomment>
        <translation>步骤 {step} 不接受输入。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/flow.py" line="104"/>
        <location filename="../../backends/capture/flow.py" line="117"/>
        <source>This is a bug in the caller.</source>
        <translation>这是调用方的程序错误。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/flow.py" line="116"/>
        <source>Step {step} is not a work step.</source>
        <translation>步骤 {step} 不是执行步骤。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/flow.py" line="126"/>
        <source>This step cannot be undone by going back.</source>
        <translation>此步骤无法通过返回撤销。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/flow.py" line="127"/>
        <source>Start a new capture instead.</source>
        <translation>请改为开始一次新的采集。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/guestwatch.py" line="60"/>
        <source>The guest did not come back over SSH within {timeout:.0f} s.</source>
        <translation>虚拟机在 {timeout:.0f} 秒内没有恢复 SSH 连接。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/guestwatch.py" line="63"/>
        <source>kdump may still be writing a large dump: look at the VM console, wait, then fetch /var/crash/&lt;newest&gt;/vmcore with `hangdump fetch`.</source>
        <translation>kdump 可能仍在写入较大的转储：请查看虚拟机控制台，稍候，再用 `hangdump fetch` 获取 /var/crash/&lt;newest&gt;/vmcore。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/guestwatch.py" line="70"/>
        <source>waiting for the guest to reboot (down)</source>
        <translation>正在等待虚拟机重启（无响应）</translation>
    </message>
    <message>
        <location filename="../../backends/capture/guestwatch.py" line="72"/>
        <source>waiting for the guest to reboot (still the old boot)</source>
        <translation>正在等待虚拟机重启（仍是原来的启动）</translation>
    </message>
    <message>
        <location filename="../../backends/capture/memdump.py" line="16"/>
        <source>Memory dump</source>
        <translation>内存转储</translation>
    </message>
    <message>
        <location filename="../../backends/capture/memdump.py" line="38"/>
        <source>Dump the memory</source>
        <translation>转储内存</translation>
    </message>
    <message>
        <location filename="../../backends/capture/memdump.py" line="46"/>
        <source>Fetch the dump</source>
        <translation>获取转储</translation>
    </message>
    <message>
        <location filename="../../backends/capture/memdump.py" line="51"/>
        <location filename="../../backends/capture/nmi.py" line="72"/>
        <location filename="../../backends/capture/snapshot.py" line="75"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../backends/capture/memdump.py" line="55"/>
        <source>checking the VM and the host</source>
        <translation>正在检查虚拟机和主机</translation>
    </message>
    <message>
        <location filename="../../backends/capture/memdump.py" line="62"/>
        <source>The host can write a memory-only dump.</source>
        <translation>主机可以写出仅内存转储。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/memdump.py" line="63"/>
        <source>This connection cannot take memory dumps.</source>
        <translation>此连接无法进行内存转储。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/memdump.py" line="68"/>
        <location filename="../../backends/capture/nmi.py" line="129"/>
        <location filename="../../backends/capture/snapshot.py" line="92"/>
        <location filename="../../backends/capture/snapshot.py" line="123"/>
        <source>preflight done</source>
        <translation>预检完成</translation>
    </message>
    <message>
        <location filename="../../backends/capture/nmi.py" line="30"/>
        <source>Send NMI</source>
        <extracomment>user@host:port, for messages and the audit log opens a verified paramiko client</extracomment>
        <translation>发送 NMI</translation>
    </message>
    <message>
        <location filename="../../backends/capture/nmi.py" line="51"/>
        <source>Send the NMI</source>
        <translation>发送 NMI</translation>
    </message>
    <message>
        <location filename="../../backends/capture/nmi.py" line="59"/>
        <source>Watch the guest</source>
        <translation>观察虚拟机</translation>
    </message>
    <message>
        <location filename="../../backends/capture/nmi.py" line="67"/>
        <source>Fetch the vmcore</source>
        <translation>获取 vmcore</translation>
    </message>
    <message>
        <location filename="../../backends/capture/nmi.py" line="76"/>
        <source>checking the VM</source>
        <translation>正在检查虚拟机</translation>
    </message>
    <message>
        <location filename="../../backends/capture/nmi.py" line="83"/>
        <source>The VM is {state}; an NMI needs a running VM.</source>
        <translation>虚拟机状态：{state}；NMI 需要虚拟机处于运行状态。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/nmi.py" line="93"/>
        <source>NMI can be sent ({methods}).</source>
        <translation>可以发送 NMI（{methods}）。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/nmi.py" line="94"/>
        <source>, then </source>
        <translation>，然后 </translation>
    </message>
    <message>
        <location filename="../../backends/capture/nmi.py" line="106"/>
        <source>This connection cannot send an NMI.</source>
        <translation>此连接无法发送 NMI。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/nmi.py" line="110"/>
        <source>reading the guest&apos;s boot id</source>
        <translation>正在读取虚拟机的 boot id</translation>
    </message>
    <message>
        <location filename="../../backends/capture/nmi.py" line="117"/>
        <source>The guest answers over SSH ({address}).</source>
        <translation>虚拟机可通过 SSH 访问（{address}）。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/nmi.py" line="119"/>
        <source>The guest does not answer over SSH ({address}); its vmcore will have to be fetched by hand.</source>
        <translation>虚拟机没有 SSH 响应（{address}）；需要手动获取其 vmcore。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/nmi.py" line="136"/>
        <source>sending the NMI</source>
        <translation>正在发送 NMI</translation>
    </message>
    <message>
        <location filename="../../backends/capture/nmi.py" line="146"/>
        <source>NMI sent ({method})</source>
        <translation>已发送 NMI（{method}）</translation>
    </message>
    <message>
        <location filename="../../backends/capture/nmi.py" line="154"/>
        <source>power state after the NMI: {state}</source>
        <translation>NMI 之后的电源状态：{state}</translation>
    </message>
    <message>
        <location filename="../../backends/capture/nmi.py" line="163"/>
        <source>the guest rebooted (new boot id {boot_id})</source>
        <translation>虚拟机已重启（新的 boot id 为 {boot_id}）</translation>
    </message>
    <message>
        <location filename="../../backends/capture/nmi.py" line="179"/>
        <source>The guest came back but no new vmcore is under /var/crash.</source>
        <translation>虚拟机已恢复，但 /var/crash 下没有新的 vmcore。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/nmi.py" line="180"/>
        <source>Check kdump on the guest (`hangdump prepare`), and its console for errors.</source>
        <translation>请检查虚拟机上的 kdump（`hangdump prepare`），并查看其控制台有无错误。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="24"/>
        <source>Memory snapshot</source>
        <translation>内存快照</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="46"/>
        <source>Take the snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="54"/>
        <source>Fetch the files</source>
        <translation>获取文件</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="62"/>
        <source>Remove the snapshot</source>
        <translation>删除快照</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="70"/>
        <source>Copy the suspended VM&apos;s files</source>
        <translation>复制已挂起虚拟机的文件</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="87"/>
        <source>checking the VM and its datastore</source>
        <translation>正在检查虚拟机及其数据存储</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="101"/>
        <source>The VM can take a snapshot that includes its memory.</source>
        <translation>虚拟机可以创建包含内存的快照。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="104"/>
        <source>This VM cannot take memory snapshots.</source>
        <translation>此虚拟机无法创建内存快照。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="113"/>
        <source>The VM already has {count} snapshot(s); HangDump adds one and removes only its own.</source>
        <translation>虚拟机已有 {count} 个快照；HangDump 会再添加一个，并且只删除它自己创建的快照。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="135"/>
        <source>This connection cannot list a suspended VM&apos;s files.</source>
        <translation>此连接无法列出已挂起虚拟机的文件。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="152"/>
        <source>{vm} is no longer suspended (it is {state}); nothing was copied.</source>
        <translation>{vm} 已不再处于挂起状态（当前为{state}）；未复制任何文件。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="155"/>
        <source>Start the capture again: it takes a snapshot then.</source>
        <translation>请重新开始采集：这次会创建快照。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="160"/>
        <source>Check the VM&apos;s folder.</source>
        <translation>请检查该虚拟机的文件夹。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="195"/>
        <source>{vm} was {state} when the copy ended: it was resumed or powered off meanwhile, so the copied files may not belong together.</source>
        <translation>复制结束时 {vm} 处于{state}状态：复制期间它被恢复或关闭了电源，因此复制的文件可能不属于同一时刻。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="200"/>
        <source>Take a memory snapshot now, or suspend the VM and copy again.</source>
        <translation>现在创建内存快照，或再次挂起虚拟机后重新复制。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="240"/>
        <source>The snapshot has no .vmsn/.vmss file.</source>
        <translation>快照中没有 .vmsn/.vmss 文件。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="241"/>
        <source>Check the VM&apos;s files on the datastore.</source>
        <translation>请检查数据存储上该虚拟机的文件。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="254"/>
        <source>The snapshot&apos;s files do not share one base name: {names}.</source>
        <translation>快照的文件没有相同的基本名称：{names}。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="257"/>
        <source>crash pairs X.vmsn with X.vmem; rename them to match by hand.</source>
        <translation>crash 会把 X.vmsn 与 X.vmem 配对；请手动重命名使其一致。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="176"/>
        <location filename="../../backends/capture/snapshot.py" line="264"/>
        <source>fetching {name}</source>
        <translation>正在获取 {name}</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="273"/>
        <source>The snapshot was kept: its files were not all verified.</source>
        <translation>快照已保留：其文件未全部通过校验。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/snapshot.py" line="274"/>
        <source>Fetch the files again, then remove the snapshot.</source>
        <translation>请重新获取文件，然后再删除快照。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="23"/>
        <source>on</source>
        <extracomment>``downloader(file, dest_dir, progress, cancel)`` fetches and verifies one file and returns its record (dest, size, sha256, remote_sha256, source). The window passes one that goes through its transfer queue, so captures show up in the transfer panel. A power state in words, for preflight messages.</extracomment>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="24"/>
        <source>off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="25"/>
        <source>suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="26"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="27"/>
        <source>crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="28"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="34"/>
        <source>host</source>
        <extracomment>Where a capture is written, for the free-space check.</extracomment>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="35"/>
        <source>datastore</source>
        <translation>数据存储</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="56"/>
        <source>No VM is selected.</source>
        <translation>尚未选择虚拟机。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="57"/>
        <source>Choose the VM first.</source>
        <translation>请先选择虚拟机。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="78"/>
        <source>Choose the VM</source>
        <translation>选择虚拟机</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="85"/>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="92"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="113"/>
        <source>No VM was named.</source>
        <translation>没有指定虚拟机。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="114"/>
        <source>Give the VM&apos;s name or id.</source>
        <translation>请给出虚拟机的名称或 id。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="122"/>
        <source>The name you typed does not match the VM&apos;s name; nothing was done.</source>
        <translation>您输入的名称与虚拟机名称不一致；未执行任何操作。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="125"/>
        <source>Type {name} exactly to confirm.</source>
        <translation>请准确输入 {name} 以确认。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="138"/>
        <source>Target: {name}, id {id}</source>
        <translation>目标：{name}，id {id}</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="150"/>
        <source>The VM is {state}.</source>
        <translation>虚拟机状态：{state}。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="160"/>
        <source>The VM is {state}; it must be running.</source>
        <translation>虚拟机状态：{state}；虚拟机必须处于运行状态。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="188"/>
        <source>The free space on the {what} is unknown.</source>
        <translation>{what}上的可用空间未知。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="197"/>
        <source>{free_gib:.1f} GiB free on {name} ({what}); the capture needs up to {need_gib:.1f} GiB.</source>
        <translation>{name}（{what}）上有 {free_gib:.1f} GiB 可用空间；本次采集最多需要 {need_gib:.1f} GiB。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="203"/>
        <source>Only {free_gib:.1f} GiB free on {name} ({what}); the capture needs up to {need_gib:.1f} GiB.</source>
        <translation>{name}（{what}）上只有 {free_gib:.1f} GiB 可用空间；本次采集最多需要 {need_gib:.1f} GiB。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="219"/>
        <source>Cannot continue: {reasons}</source>
        <translation>无法继续：{reasons}</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="222"/>
        <source>Fix what the preflight reports, then try again.</source>
        <translation>请修复预检报告的问题，然后重试。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="251"/>
        <source>{name}: {size} bytes arrived, the host listed {listed}.</source>
        <translation>{name}：收到 {size} 字节，而主机列出的大小为 {listed}。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/vmflow.py" line="254"/>
        <source>Download it again.</source>
        <translation>请重新下载。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/suspended.py" line="35"/>
        <source>{name} is suspended, but the server lists no .vmss file for it ({names}).</source>
        <translation>{name} 已挂起，但服务器没有列出它的 .vmss 文件（{names}）。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/suspended.py" line="46"/>
        <source>{name} is suspended, but the server lists more than one checkpoint or memory file: {names}.</source>
        <translation>{name} 已挂起，但服务器列出了多个检查点或内存文件：{names}。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/suspended.py" line="58"/>
        <source>{vmss} and {vmem} do not share one base name; crash pairs X.vmss with X.vmem, so HangDump does not copy them as they are.</source>
        <translation>{vmss} 与 {vmem} 的基本名称不一致；crash 按 X.vmss 与 X.vmem 配对，因此 HangDump 不会按原样复制它们。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/suspended.py" line="70"/>
        <source>{name} is suspended: its memory is already in {vmss}; HangDump copies it, the VM stays suspended and no snapshot is taken.</source>
        <translation>{name} 已挂起：其内存已保存在 {vmss} 中；HangDump 会复制该文件，虚拟机保持挂起，不创建快照。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/suspended.py" line="81"/>
        <source>{name} is suspended: its memory is already in {vmss} + {vmem}; HangDump copies them, the VM stays suspended and no snapshot is taken.</source>
        <translation>{name} 已挂起：其内存已保存在 {vmss} + {vmem} 中；HangDump 会复制这些文件，虚拟机保持挂起，不创建快照。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/suspended.py" line="102"/>
        <source>{free_gib:.1f} GiB free in {folder}; the files need {need_gib:.1f} GiB.</source>
        <translation>{folder} 中有 {free_gib:.1f} GiB 可用空间；这些文件需要 {need_gib:.1f} GiB。</translation>
    </message>
    <message>
        <location filename="../../backends/capture/suspended.py" line="106"/>
        <source>Only {free_gib:.1f} GiB free in {folder}; the files need {need_gib:.1f} GiB.</source>
        <translation>{folder} 中只有 {free_gib:.1f} GiB 可用空间；这些文件需要 {need_gib:.1f} GiB。</translation>
    </message>
</context>
<context>
    <name>CaptureWizard</name>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="77"/>
        <source>NMI sent to {0} via {1}.</source>
        <translation>已通过 {1} 向 {0} 发送 NMI。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="84"/>
        <source>vmcore fetched and verified: {0}</source>
        <translation>vmcore 已获取并校验：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="90"/>
        <source>No guest SSH address was given: fetch the vmcore from /var/crash once the guest is back (Fetch a file...).</source>
        <translation>未提供虚拟机的 SSH 地址：虚拟机恢复后请从 /var/crash 获取 vmcore（获取文件...）。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="101"/>
        <source>Send NMI to {0}</source>
        <translation>向 {0} 发送 NMI</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="102"/>
        <source>An NMI makes the guest&apos;s kernel panic: the VM CRASHES on purpose, kdump writes a vmcore and the guest reboots. Everything running in it stops. Do this only on the hung VM you mean.</source>
        <translation>NMI 会让虚拟机内核 panic：虚拟机会被有意地崩溃，kdump 写出 vmcore，然后虚拟机重启。其中运行的一切都会停止。只对您确定要处理的那台挂起的虚拟机执行此操作。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="108"/>
        <source>Send NMI</source>
        <translation>发送 NMI</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="118"/>
        <location filename="../../gui/wizards/capture_wizard.py" line="210"/>
        <source>{0}: {1} bytes, SHA-256 {2}</source>
        <translation>{0}：{1} 字节，SHA-256 {2}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="142"/>
        <source>{0} is suspended: its .vmss and .vmem were copied and verified. No snapshot was taken and the VM stays suspended.</source>
        <translation>{0} 已挂起：其 .vmss 和 .vmem 已复制并校验。未创建快照，虚拟机保持挂起。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="151"/>
        <source>Snapshot {0} of {1}.</source>
        <translation>{1} 的快照 {0}。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="157"/>
        <source>The snapshot was removed after its files were verified.</source>
        <translation>文件校验通过后，快照已删除。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="161"/>
        <source>The snapshot was kept on the host.</source>
        <translation>快照保留在主机上。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="168"/>
        <source>Memory snapshot of {0}</source>
        <translation>{0} 的内存快照</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="169"/>
        <source>HangDump takes a snapshot that includes the VM&apos;s memory, then copies the .vmsn/.vmss and .vmem files here and verifies them. The VM keeps running (it pauses briefly while the memory is written). A suspended VM needs no snapshot: its .vmss and .vmem are copied as they are.</source>
        <translation>HangDump 会创建包含虚拟机内存的快照，然后将 .vmsn/.vmss 和 .vmem 文件复制到这里并校验。虚拟机会继续运行（写入内存时会短暂暂停）。已挂起的虚拟机无需快照：其 .vmss 和 .vmem 会按原样复制。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="176"/>
        <source>Take snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="179"/>
        <source>Every file arrived and was verified. Remove the snapshot from the VM now? (A kept snapshot grows and slows the VM down.)</source>
        <translation>所有文件均已下载并校验。现在从虚拟机删除该快照吗？（保留的快照会不断增大并拖慢虚拟机。）</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="204"/>
        <source>Memory dump of {0}: {1}</source>
        <translation>{0} 的内存转储：{1}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="220"/>
        <source>Memory dump of {0}</source>
        <translation>{0} 的内存转储</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="221"/>
        <source>libvirt writes the VM&apos;s memory to a file on the host (the VM pauses while it does); HangDump copies it here, verifies it, then deletes it from the host.</source>
        <translation>libvirt 将虚拟机内存写入主机上的文件（期间虚拟机暂停）；HangDump 将其复制到本机并校验，然后从主机删除。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_wizard.py" line="226"/>
        <source>Dump memory</source>
        <translation>转储内存</translation>
    </message>
</context>
<context>
    <name>CaseBrowser</name>
    <message>
        <location filename="../../gui/case_browser.py" line="56"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="57"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="58"/>
        <source>HTML report</source>
        <translation>HTML 报告</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="59"/>
        <source>Zip for a ticket</source>
        <translation>打包为工单附件（zip）</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="60"/>
        <source>Analyse its dump</source>
        <translation>分析其转储</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="125"/>
        <source>No cases yet under {0}.</source>
        <translation>{0} 下还没有案例。</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="131"/>
        <source>Title: {0}</source>
        <translation>标题：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="132"/>
        <source>Created: {0}</source>
        <translation>创建时间：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="133"/>
        <source>Capture: {0}</source>
        <translation>采集方式：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="134"/>
        <source>VM: {0}</source>
        <translation>虚拟机：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="135"/>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="145"/>
        <source>NMI (kdump writes a vmcore)</source>
        <translation>NMI（由 kdump 写出 vmcore）</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="146"/>
        <source>Memory snapshot</source>
        <translation>内存快照</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="147"/>
        <source>Files of the suspended VM</source>
        <translation>已挂起虚拟机的文件</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="148"/>
        <source>Memory dump</source>
        <translation>内存转储</translation>
    </message>
    <message>
        <location filename="../../gui/case_browser.py" line="188"/>
        <source>Could not write the report</source>
        <translation>无法写出报告</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <location filename="../../backends/cases.py" line="63"/>
        <location filename="../../backends/cases.py" line="87"/>
        <source>Cannot create the case folder {folder}: {reason}.</source>
        <translation>无法创建案例文件夹 {folder}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../backends/cases.py" line="66"/>
        <source>Choose another case root (--case DIR or the settings).</source>
        <translation>请选择其他案例根目录（--case DIR 或在设置中修改）。</translation>
    </message>
    <message>
        <location filename="../../backends/cases.py" line="79"/>
        <source>{folder} is not a HangDump case folder.</source>
        <translation>{folder} 不是 HangDump 案例文件夹。</translation>
    </message>
    <message>
        <location filename="../../backends/cases.py" line="80"/>
        <source>Pick the folder that holds case.json.</source>
        <translation>请选择包含 case.json 的文件夹。</translation>
    </message>
    <message>
        <location filename="../../backends/cases.py" line="90"/>
        <source>Choose another folder.</source>
        <translation>请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="64"/>
        <source>Readiness checklist</source>
        <translation>就绪检查清单</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="68"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="68"/>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="84"/>
        <source>These commands would fix the red items:</source>
        <translation>以下命令可修复标红的检查项：</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="89"/>
        <source>Run these commands on the guest</source>
        <translation>在虚拟机上运行这些命令</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="122"/>
        <source>Reading the guest...</source>
        <translation>正在读取虚拟机...</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="126"/>
        <source>Could not read the guest</source>
        <translation>无法读取虚拟机信息</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="148"/>
        <source>Fix: {0}</source>
        <translation>修复：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="165"/>
        <source>(nothing to fix)</source>
        <translation>（无需修复）</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="168"/>
        <source>{0}: {1} ok, {2} warnings, {3} failing, {4} unknown</source>
        <translation>{0}：{1} 项正常，{2} 项警告，{3} 项失败，{4} 项未知</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="176"/>
        <source>The fixes ran ({0} commands) and the guest was read again.</source>
        <translation>修复命令已执行（{0} 条），并已重新读取虚拟机状态。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="180"/>
        <source>Reboot the guest for the kernel settings to take effect.</source>
        <translation>请重启虚拟机，使内核设置生效。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="207"/>
        <source>Applying the fixes...</source>
        <translation>正在应用修复...</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="210"/>
        <source>The fixes could not be applied</source>
        <translation>无法应用修复</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../backends/cli.py" line="48"/>
        <source>Get a crash dump out of a hung Linux VM and open it in crash. Without a subcommand, opens the window.</source>
        <translation>从挂起的 Linux 虚拟机中取得崩溃转储并用 crash 打开。不带子命令时打开窗口。</translation>
    </message>
    <message>
        <location filename="../../backends/cli.py" line="56"/>
        <source>log debug details</source>
        <translation>记录调试详情</translation>
    </message>
    <message>
        <location filename="../../backends/cli.py" line="97"/>
        <source>hint: {hint}</source>
        <translation>提示：{hint}</translation>
    </message>
    <message>
        <location filename="../../backends/cli.py" line="100"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../backends/commands/common.py" line="24"/>
        <source>SSH private key (default: HANGDUMP_SSH_KEY, the agent, ~/.ssh keys)</source>
        <translation>SSH 私钥（默认：HANGDUMP_SSH_KEY、SSH 代理、~/.ssh 中的密钥）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/common.py" line="34"/>
        <source>an extra known_hosts file to trust (repeatable)</source>
        <translation>额外信任的 known_hosts 文件（可重复指定）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/common.py" line="39"/>
        <source>accept an unknown SSH host key if it has exactly this fingerprint</source>
        <translation>若未知的 SSH 主机密钥的指纹与此完全一致，则接受它</translation>
    </message>
    <message>
        <location filename="../../backends/commands/common.py" line="48"/>
        <source>case folder to record into (default: a new one under the case root)</source>
        <translation>记录到的案例文件夹（默认：在案例根目录下新建一个）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/common.py" line="67"/>
        <source>The host key of {host} is {fingerprint}, not the expected {expected}.</source>
        <translation>{host} 的主机密钥是 {fingerprint}，而不是预期的 {expected}。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/common.py" line="70"/>
        <source>Do not continue unless the server&apos;s administrator confirms the new key.</source>
        <translation>除非服务器管理员确认了新的密钥，否则请不要继续。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/common.py" line="77"/>
        <source>{hint} Then pass --accept-host-key {fingerprint}.</source>
        <translation>{hint} 然后传入 --accept-host-key {fingerprint}。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/common.py" line="81"/>
        <source>Accept this host key? Type yes to accept: </source>
        <translation>接受此主机密钥吗？输入 yes 接受：</translation>
    </message>
    <message>
        <location filename="../../backends/commands/common.py" line="100"/>
        <source>The host key was not accepted; nothing was done.</source>
        <translation>未接受主机密钥；未执行任何操作。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/common.py" line="146"/>
        <source>vsphere://user@host, esxi+ssh://root@host, qemu:///system, qemu+ssh://user@host/system, virsh+ssh://user@host[:port]</source>
        <translation>vsphere://user@host、esxi+ssh://root@host、qemu:///system、qemu+ssh://user@host/system、virsh+ssh://user@host[:port]</translation>
    </message>
    <message>
        <location filename="../../backends/commands/common.py" line="156"/>
        <source>trust exactly this server certificate (PEM file) for vsphere://</source>
        <translation>对 vsphere:// 只信任这一个服务器证书（PEM 文件）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/common.py" line="161"/>
        <source>accept an untrusted server certificate with exactly this SHA-256</source>
        <translation>若不受信任的服务器证书的 SHA-256 与此完全一致，则接受它</translation>
    </message>
    <message>
        <location filename="../../backends/commands/common.py" line="167"/>
        <source>log in to an SSH connection with a password (from HANGDUMP_PASSWORD, the keyring, or a prompt; never on the command line)</source>
        <translation>使用密码登录 SSH 连接（密码来自 HANGDUMP_PASSWORD、系统密钥环或提示输入；绝不写在命令行上）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/common.py" line="186"/>
        <source>Password for {user}@{host}: </source>
        <translation>{user}@{host} 的密码：</translation>
    </message>
    <message>
        <location filename="../../backends/commands/common.py" line="201"/>
        <source>The certificate&apos;s SHA-256 is {sha256}, not the one given with --accept-cert.</source>
        <translation>证书的 SHA-256 是 {sha256}，与 --accept-cert 给出的不一致。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/common.py" line="205"/>
        <source>Do not continue unless the administrator confirms it.</source>
        <translation>除非管理员确认，否则请不要继续。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/common.py" line="210"/>
        <source>{hint} Then pass --accept-cert {sha256}.</source>
        <translation>{hint} 然后传入 --accept-cert {sha256}。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/common.py" line="214"/>
        <source>Accept this certificate? Type yes: </source>
        <translation>接受此证书吗？输入 yes：</translation>
    </message>
    <message>
        <location filename="../../backends/commands/capture_cmds.py" line="25"/>
        <source>libvirt memory-only dump of a VM, downloaded and verified</source>
        <translation>对虚拟机做 libvirt 仅内存转储，下载并校验</translation>
    </message>
    <message>
        <location filename="../../backends/commands/capture_cmds.py" line="33"/>
        <location filename="../../backends/commands/capture_cmds.py" line="67"/>
        <source>folder (default: the case&apos;s files)</source>
        <translation>文件夹（默认：案例的 files 目录）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/capture_cmds.py" line="39"/>
        <source>kdump-zlib (small, default) or elf</source>
        <translation>kdump-zlib（体积小，默认）或 elf</translation>
    </message>
    <message>
        <location filename="../../backends/commands/capture_cmds.py" line="44"/>
        <source>leave the dump file on the host after the verified download</source>
        <translation>下载并校验后，将转储文件保留在主机上</translation>
    </message>
    <message>
        <location filename="../../backends/commands/capture_cmds.py" line="55"/>
        <source>VMware snapshot with memory; .vmsn/.vmem downloaded and verified (a suspended VM: its .vmss/.vmem are copied, no snapshot is taken and it stays suspended)</source>
        <translation>含内存的 VMware 快照；下载并校验 .vmsn/.vmem（已挂起的虚拟机：复制其 .vmss/.vmem，不创建快照，虚拟机保持挂起）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/capture_cmds.py" line="72"/>
        <source>remove the snapshot once every file is verified (no effect on a suspended VM)</source>
        <translation>所有文件校验通过后删除快照（对已挂起的虚拟机无效）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/capture_cmds.py" line="76"/>
        <source>snapshot name (default: hangdump-&lt;time&gt;)</source>
        <translation>快照名称（默认：hangdump-&lt;时间&gt;）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/capture_cmds.py" line="126"/>
        <source>memory dump of {vm}: {dump}</source>
        <translation>{vm} 的内存转储：{dump}</translation>
    </message>
    <message>
        <location filename="../../backends/commands/capture_cmds.py" line="129"/>
        <location filename="../../backends/commands/nmi.py" line="110"/>
        <source>case: {folder}</source>
        <translation>案例：{folder}</translation>
    </message>
    <message>
        <location filename="../../backends/commands/capture_cmds.py" line="157"/>
        <source>{vm} is suspended: its files were copied, no snapshot was taken:</source>
        <translation>{vm} 已挂起：已复制其文件，未创建快照：</translation>
    </message>
    <message>
        <location filename="../../backends/commands/capture_cmds.py" line="163"/>
        <source>snapshot {name} of {vm}:</source>
        <translation>{vm} 的快照 {name}：</translation>
    </message>
    <message>
        <location filename="../../backends/commands/capture_cmds.py" line="167"/>
        <source>{dest} {size} bytes sha256 {sha256}</source>
        <translation>{dest} {size} 字节 sha256 {sha256}</translation>
    </message>
    <message>
        <location filename="../../backends/commands/capture_cmds.py" line="173"/>
        <source>the VM stays suspended; nothing changed on the host</source>
        <translation>虚拟机保持挂起；主机上没有任何改动</translation>
    </message>
    <message>
        <location filename="../../backends/commands/capture_cmds.py" line="176"/>
        <source>snapshot removed after verification</source>
        <translation>校验通过后已删除快照</translation>
    </message>
    <message>
        <location filename="../../backends/commands/capture_cmds.py" line="178"/>
        <source>snapshot kept on the host (use --remove-after to remove it)</source>
        <translation>快照保留在主机上（使用 --remove-after 可将其删除）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/capture_cmds.py" line="185"/>
        <source>next: hangdump identify {path}</source>
        <translation>下一步：hangdump identify {path}</translation>
    </message>
    <message>
        <location filename="../../backends/commands/fetch.py" line="23"/>
        <source>resumable, verified download (sftp://, datastore path, https://, local)</source>
        <translation>可续传、带校验的下载（sftp://、数据存储路径、https://、本地文件）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/fetch.py" line="29"/>
        <source>sftp://user@host[:port]/path, &apos;[datastore] dir/file&apos;, a path</source>
        <translation>sftp://user@host[:port]/path、&apos;[datastore] dir/file&apos; 或本地路径</translation>
    </message>
    <message>
        <location filename="../../backends/commands/fetch.py" line="31"/>
        <source>destination file or folder</source>
        <translation>目标文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../backends/commands/fetch.py" line="35"/>
        <source>vsphere://user@host for a datastore path (session and certificate)</source>
        <translation>数据存储路径所需的 vsphere://user@host（提供会话和证书）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/fetch.py" line="38"/>
        <source>replace an existing file</source>
        <translation>覆盖已存在的文件</translation>
    </message>
    <message>
        <location filename="../../backends/commands/fetch.py" line="43"/>
        <source>move the data with paramiko even when an OpenSSH client is there</source>
        <translation>即使有 OpenSSH 客户端，也用 paramiko 传输数据</translation>
    </message>
    <message>
        <location filename="../../backends/commands/fetch.py" line="49"/>
        <source>cap the speed (megabytes per second), to spare a customer&apos;s link</source>
        <translation>限制速度（MB/s），避免占满客户的链路</translation>
    </message>
    <message>
        <location filename="../../backends/commands/fetch.py" line="51"/>
        <location filename="../../backends/commands/identify.py" line="28"/>
        <location filename="../../backends/commands/inventory.py" line="20"/>
        <location filename="../../backends/commands/lab.py" line="40"/>
        <location filename="../../backends/commands/nmi.py" line="58"/>
        <location filename="../../backends/commands/prepare.py" line="51"/>
        <location filename="../../backends/commands/report.py" line="28"/>
        <location filename="../../backends/commands/selftest.py" line="25"/>
        <location filename="../../backends/commands/triage.py" line="30"/>
        <source>print one JSON document</source>
        <translation>输出一个 JSON 文档</translation>
    </message>
    <message>
        <location filename="../../backends/commands/fetch.py" line="97"/>
        <source>matches the source&apos;s</source>
        <translation>与源文件一致</translation>
    </message>
    <message>
        <location filename="../../backends/commands/fetch.py" line="99"/>
        <source>computed here</source>
        <translation>在本机计算</translation>
    </message>
    <message>
        <location filename="../../backends/commands/fetch.py" line="101"/>
        <source>{dest}: {size} bytes, SHA-256 {sha256} ({check})</source>
        <translation>{dest}：{size} 字节，SHA-256 {sha256}（{check}）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/fetch.py" line="105"/>
        <source>, resumed from byte {offset}</source>
        <translation>，从第 {offset} 字节处续传</translation>
    </message>
    <message>
        <location filename="../../backends/commands/inventory.py" line="16"/>
        <source>list the VMs of a connection</source>
        <translation>列出某个连接中的虚拟机</translation>
    </message>
    <message>
        <location filename="../../backends/commands/inventory.py" line="36"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../backends/commands/inventory.py" line="37"/>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../backends/commands/inventory.py" line="38"/>
        <source>MEMORY</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../../backends/commands/inventory.py" line="45"/>
        <source>HOST / GUEST OS</source>
        <translation>主机 / 客户机操作系统</translation>
    </message>
    <message>
        <location filename="../../backends/commands/inventory.py" line="52"/>
        <source>no VMs</source>
        <translation>没有虚拟机</translation>
    </message>
    <message>
        <location filename="../../backends/commands/lab.py" line="20"/>
        <source>the local lab: practice guests, vCenter simulator, OpenSSH</source>
        <translation>本地实验室：练习虚拟机、vCenter 模拟器、OpenSSH</translation>
    </message>
    <message>
        <location filename="../../backends/commands/lab.py" line="24"/>
        <source>prepare the cached assets (kernel, crash, simulator...)</source>
        <translation>准备缓存的资源（内核、crash、模拟器等）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/lab.py" line="30"/>
        <source>prepare only these steps (repeatable)</source>
        <translation>只准备这些步骤（可重复指定）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/lab.py" line="34"/>
        <source>start every lab server in the background (idempotent)</source>
        <translation>在后台启动所有实验室服务（可重复执行）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/lab.py" line="35"/>
        <source>stop every lab server and remove the lab&apos;s guests</source>
        <translation>停止所有实验室服务并删除实验室的虚拟机</translation>
    </message>
    <message>
        <location filename="../../backends/commands/lab.py" line="36"/>
        <source>describe what is running</source>
        <translation>说明正在运行的内容</translation>
    </message>
    <message>
        <location filename="../../backends/commands/lab.py" line="51"/>
        <source>lab assets ready: kernel {release} ({version}), crash {crash}</source>
        <translation>实验室资源已就绪：内核 {release}（{version}），crash {crash}</translation>
    </message>
    <message>
        <location filename="../../backends/commands/lab.py" line="60"/>
        <source>lab: not running</source>
        <translation>实验室：未运行</translation>
    </message>
    <message>
        <location filename="../../backends/commands/lab.py" line="61"/>
        <source>lab: running</source>
        <translation>实验室：正在运行</translation>
    </message>
    <message>
        <location filename="../../backends/commands/lab.py" line="68"/>
        <source>{key}: domain {guest} on {uri}, ssh {user}@{host}:{port}</source>
        <translation>{key}：{uri} 上的域 {guest}，ssh {user}@{host}:{port}</translation>
    </message>
    <message>
        <location filename="../../backends/commands/lab.py" line="82"/>
        <source>vsphere: {url} user {user} (certificate SHA-256 {sha256})</source>
        <translation>vsphere：{url}，用户 {user}（证书 SHA-256 {sha256}）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/lab.py" line="89"/>
        <source>sshd: {user}@{host}:{port} (ESXi stand-ins as {esxi_user})</source>
        <translation>sshd：{user}@{host}:{port}（ESXi 命令替身用户 {esxi_user}）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/lab.py" line="99"/>
        <source>guest kernel {release}, crash {crash}</source>
        <translation>虚拟机内核 {release}，crash {crash}</translation>
    </message>
    <message>
        <location filename="../../backends/commands/lab.py" line="120"/>
        <source>lab: stopped</source>
        <translation>实验室：已停止</translation>
    </message>
    <message>
        <location filename="../../backends/commands/nmi.py" line="24"/>
        <source>send an NMI (the guest panics; kdump writes a vmcore)</source>
        <translation>发送 NMI（虚拟机内核 panic；kdump 写出 vmcore）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/nmi.py" line="28"/>
        <source>the VM (id preferred)</source>
        <translation>虚拟机（最好用 id）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/nmi.py" line="33"/>
        <source>confirm: the guest WILL crash (required; there is no other prompt)</source>
        <translation>确认：虚拟机将会崩溃（必填；不会再有其他提示）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/nmi.py" line="38"/>
        <source>the guest&apos;s SSH address: watch it reboot and fetch its new vmcore</source>
        <translation>虚拟机的 SSH 地址：观察其重启并获取新的 vmcore</translation>
    </message>
    <message>
        <location filename="../../backends/commands/nmi.py" line="41"/>
        <source>with --guest: do not fetch</source>
        <translation>与 --guest 一起使用：不获取 vmcore</translation>
    </message>
    <message>
        <location filename="../../backends/commands/nmi.py" line="46"/>
        <source>with vsphere://: esxi+ssh://root@host of the VM&apos;s host, used (vmdumper) when the server does not implement SendNMI</source>
        <translation>与 vsphere:// 一起使用：虚拟机所在主机的 esxi+ssh://root@host，在服务器不支持 SendNMI 时使用（vmdumper）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/nmi.py" line="56"/>
        <source>seconds to wait for the guest to come back (default 600)</source>
        <translation>等待虚拟机恢复的秒数（默认 600）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/nmi.py" line="71"/>
        <source>Refusing to send an NMI to {vm} without --yes: it crashes the guest.</source>
        <translation>未指定 --yes，拒绝向 {vm} 发送 NMI：这会让虚拟机崩溃。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/nmi.py" line="74"/>
        <source>Check the target (hangdump inventory), then repeat with --yes.</source>
        <translation>请核对目标（hangdump inventory），然后加上 --yes 重新执行。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/nmi.py" line="103"/>
        <source>NMI sent to {vm} ({id}) via {method}.</source>
        <translation>已通过 {method} 向 {vm}（{id}）发送 NMI。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/nmi.py" line="109"/>
        <source>vmcore fetched: {path}</source>
        <translation>已获取 vmcore：{path}</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="35"/>
        <source>check (and fix) a guest&apos;s kdump readiness over SSH</source>
        <translation>通过 SSH 检查（并修复）虚拟机的 kdump 就绪状态</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="36"/>
        <source>Check over SSH that a guest will save a crash dump when it gets an NMI. Dry run by default; --fix shows the exact commands, --fix --yes runs them.</source>
        <translation>通过 SSH 检查虚拟机收到 NMI 时能否保存崩溃转储。默认只检查不修改；--fix 显示具体命令，--fix --yes 执行这些命令。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="43"/>
        <source>the guest</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="46"/>
        <source>show (with --yes: apply) the fixes</source>
        <translation>显示修复（与 --yes 一起使用：应用修复）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="49"/>
        <source>really apply / really crash</source>
        <translation>确实应用 / 确实让其崩溃</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="55"/>
        <source>CRASHES THE GUEST (sysrq c) to test that kdump saves a dump; needs --yes</source>
        <translation>会让虚拟机崩溃（sysrq c），以测试 kdump 能否保存转储；需要 --yes</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="62"/>
        <source>with --test-kdump: the guest&apos;s host name, typed to confirm the crash</source>
        <translation>与 --test-kdump 一起使用：输入虚拟机的主机名以确认崩溃操作</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="71"/>
        <source>with --test-kdump: how long to wait for the guest to come back</source>
        <translation>与 --test-kdump 一起使用：等待虚拟机恢复的时长</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="105"/>
        <source>running: {command}</source>
        <translation>正在运行：{command}</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="118"/>
        <source>Applied {count} command(s); the checklist above is re-read.</source>
        <translation>已执行 {count} 条命令；上面的检查清单是重新读取的结果。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="126"/>
        <source>Nothing to change: every fix --fix applies is already in place.</source>
        <translation>无需更改：--fix 会应用的所有修复均已就位。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="131"/>
        <source>A change takes effect at the next reboot; HangDump does not reboot guests.</source>
        <translation>有更改将在下次重启后生效；HangDump 不会重启虚拟机。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="148"/>
        <source>Guest {guest}: {distro} ({family})</source>
        <translation>虚拟机 {guest}：{distro}（{family}）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="162"/>
        <source>{first} ... ({count} lines)</source>
        <translation>{first} ...（共 {count} 行）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="166"/>
        <source>(no output)</source>
        <translation>（无输出）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="171"/>
        <source> (optional, not applied by --fix)</source>
        <translation>（可选，--fix 不会应用）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="172"/>
        <source> (needs a reboot)</source>
        <translation>（需要重启）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="175"/>
        <source>fix{tags}: {summary}</source>
        <translation>修复{tags}：{summary}</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="180"/>
        <source>{ok} ok, {warn} warn, {fail} fail, {unknown} unknown</source>
        <translation>{ok} 项正常，{warn} 项警告，{fail} 项失败，{unknown} 项未知</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="196"/>
        <source>Nothing to fix (optional advice aside).</source>
        <translation>无需修复（可选建议除外）。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="198"/>
        <source>--fix would run these commands as root on {guest}:</source>
        <translation>--fix 将在 {guest} 上以 root 身份运行以下命令：</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="201"/>
        <source>Run again with --fix --yes to apply them.</source>
        <translation>加上 --fix --yes 重新运行即可应用。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="210"/>
        <source>--test-kdump crashes {target}; refusing without --yes.</source>
        <translation>--test-kdump 会让 {target} 崩溃；未指定 --yes，拒绝执行。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="213"/>
        <source>Add --yes (and --confirm-host HOST) only if the guest may be crashed now.</source>
        <translation>只有在现在可以让虚拟机崩溃时，才加上 --yes（以及 --confirm-host HOST）。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="221"/>
        <source>--test-kdump needs the host name typed to confirm the crash.</source>
        <translation>--test-kdump 需要输入主机名以确认崩溃操作。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="222"/>
        <source>Pass --confirm-host {host}.</source>
        <translation>请传入 --confirm-host {host}。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="225"/>
        <source>This CRASHES {target} now. Type its host name ({host}) to go on: </source>
        <translation>这将立即让 {target} 崩溃。输入其主机名（{host}）以继续：</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="245"/>
        <source>{target} crashed and came back after {seconds} s, but no new dump appeared in /var/crash.</source>
        <translation>{target} 已崩溃并在 {seconds} 秒后恢复，但 /var/crash 中没有出现新的转储。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="250"/>
        <source>Look at the guest&apos;s console and kdump log. Audit log: {path}</source>
        <translation>请查看虚拟机控制台和 kdump 日志。审计日志：{path}</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="255"/>
        <source>{target} crashed and came back after {seconds} s.</source>
        <translation>{target} 已崩溃并在 {seconds} 秒后恢复。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="259"/>
        <source>New dump(s): {dumps}</source>
        <translation>新的转储：{dumps}</translation>
    </message>
    <message>
        <location filename="../../backends/commands/prepare.py" line="261"/>
        <source>Audit log: {path}</source>
        <translation>审计日志：{path}</translation>
    </message>
    <message>
        <location filename="../../backends/commands/report.py" line="16"/>
        <source>write a case&apos;s HTML report (and a zip to attach to a ticket)</source>
        <translation>生成案例的 HTML 报告（以及用作工单附件的 zip）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/report.py" line="18"/>
        <source>the case folder</source>
        <translation>案例文件夹</translation>
    </message>
    <message>
        <location filename="../../backends/commands/report.py" line="19"/>
        <source>also write CASE_DIR.zip</source>
        <translation>同时生成 CASE_DIR.zip</translation>
    </message>
    <message>
        <location filename="../../backends/commands/report.py" line="21"/>
        <source>where to write the zip</source>
        <translation>zip 的写入位置</translation>
    </message>
    <message>
        <location filename="../../backends/commands/report.py" line="26"/>
        <source>put large dumps in the zip too</source>
        <translation>把大型转储文件也放入 zip</translation>
    </message>
    <message>
        <location filename="../../backends/commands/report.py" line="41"/>
        <source>report: {path}</source>
        <translation>报告：{path}</translation>
    </message>
    <message>
        <location filename="../../backends/commands/report.py" line="43"/>
        <source>zip: {path}</source>
        <translation>zip：{path}</translation>
    </message>
    <message>
        <location filename="../../backends/commands/triage.py" line="20"/>
        <source>automatic first look at a dump: panic, hung tasks, lockups, RCU, OOM, I/O</source>
        <translation>自动初步分析转储：panic、挂起的任务、锁死、RCU、OOM、I/O</translation>
    </message>
    <message>
        <location filename="../../backends/commands/triage.py" line="23"/>
        <source>Run crash in batch (sys, log, bt -a, ps, foreach UN bt, runq, kmem, dev) and explain the findings in plain language.</source>
        <translation>以批处理方式运行 crash（sys、log、bt -a、ps、foreach UN bt、runq、kmem、dev），并用通俗的语言解释发现的问题。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/triage.py" line="36"/>
        <source>how long crash may take to open the dump (default 300)</source>
        <translation>crash 打开转储允许的最长时间（默认 300 秒）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/triage.py" line="50"/>
        <source>Opening the dump in crash (this takes a while for big dumps)...</source>
        <translation>正在用 crash 打开转储（转储较大时需要一些时间）...</translation>
    </message>
    <message>
        <location filename="../../backends/commands/triage.py" line="72"/>
        <source>Case: {folder}</source>
        <translation>案例：{folder}</translation>
    </message>
    <message>
        <location filename="../../backends/commands/crash.py" line="17"/>
        <source>the dump (a path on the analysis host with --via)</source>
        <translation>转储文件（使用 --via 时为分析主机上的路径）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/crash.py" line="22"/>
        <source>the debug vmlinux (default: where the dump&apos;s debuginfo package installs it)</source>
        <translation>调试版 vmlinux（默认：该转储对应的调试信息包安装它的位置）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/crash.py" line="29"/>
        <source>the crash program (default: HANGDUMP_CRASH, the newest of PATH and the lab&apos;s)</source>
        <translation>crash 程序（默认：HANGDUMP_CRASH，或 PATH 与实验室中较新的那个）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/crash.py" line="36"/>
        <source>run crash on this Linux analysis host over SSH (paths are paths there)</source>
        <translation>通过 SSH 在这台 Linux 分析主机上运行 crash（路径均为该主机上的路径）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/crash.py" line="61"/>
        <source>open a dump in crash, interactively</source>
        <translation>在 crash 中交互式地打开转储</translation>
    </message>
    <message>
        <location filename="../../backends/commands/crash.py" line="62"/>
        <source>Start crash on a dump and its debug vmlinux in this terminal, locally or on a Linux analysis host (--via). The session is recorded in the case.</source>
        <translation>在此终端中用转储及其调试版 vmlinux 启动 crash，可在本机或 Linux 分析主机（--via）上运行。会话会记录到案例中。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/identify.py" line="18"/>
        <source>identify a dump&apos;s kernel and the debuginfo it needs</source>
        <translation>识别转储的内核及其所需的调试信息</translation>
    </message>
    <message>
        <location filename="../../backends/commands/identify.py" line="19"/>
        <source>Read a dump&apos;s headers (or scan its memory) for the kernel release, build-id and KASLR offset, and say which debuginfo package matches.</source>
        <translation>读取转储的文件头（或扫描其内存）以获得内核版本、build-id 和 KASLR 偏移，并指出匹配的调试信息包。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/identify.py" line="26"/>
        <source>the dump: vmcore, kdump, .vmss/.vmsn/.vmem, raw</source>
        <translation>转储文件：vmcore、kdump、.vmss/.vmsn/.vmem、raw</translation>
    </message>
    <message>
        <location filename="../../backends/commands/identify.py" line="33"/>
        <source>a local symbol store to look the matching vmlinux up in</source>
        <translation>用于查找匹配 vmlinux 的本地符号库</translation>
    </message>
    <message>
        <location filename="../../backends/commands/selftest.py" line="15"/>
        <source>check that this installation works (modules, translations, window, crash)</source>
        <translation>检查此安装能否正常工作（模块、翻译、窗口、crash）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/selftest.py" line="18"/>
        <source>Import every module, load the translations, open and close the window offscreen, and look for crash. Exit status 0 when the installation is usable (warnings, such as a missing crash, leave it usable), 1 when a check failed.</source>
        <translation>导入所有模块、加载翻译、在离屏模式下打开并关闭窗口，并查找 crash。安装可用时退出状态为 0（警告，例如缺少 crash，不影响可用），有检查失败时为 1。</translation>
    </message>
    <message>
        <location filename="../../backends/commands/selftest.py" line="29"/>
        <source>the crash program to check (default: HANGDUMP_CRASH, PATH)</source>
        <translation>要检查的 crash 程序（默认：HANGDUMP_CRASH、PATH）</translation>
    </message>
    <message>
        <location filename="../../backends/commands/selftest.py" line="34"/>
        <source>skip the Qt checks (translations, window)</source>
        <translation>跳过 Qt 检查（翻译、窗口）</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="104"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="116"/>
        <source>Type the VM&apos;s name to confirm</source>
        <translation>输入虚拟机名称以确认</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="133"/>
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
        <location filename="../../gui/connection_dialog.py" line="33"/>
        <source>vCenter or ESXi (HTTPS API)</source>
        <translation>vCenter 或 ESXi（HTTPS API）</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="34"/>
        <source>ESXi shell over SSH</source>
        <translation>通过 SSH 使用 ESXi Shell</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="35"/>
        <source>libvirt on this computer (qemu:///system)</source>
        <translation>本机上的 libvirt（qemu:///system）</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="38"/>
        <source>libvirt over SSH (qemu+ssh)</source>
        <translation>通过 SSH 连接 libvirt（qemu+ssh）</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="39"/>
        <source>virsh over SSH (no libvirt-python needed)</source>
        <translation>通过 SSH 使用 virsh（无需 libvirt-python）</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="62"/>
        <source>Add a connection</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="70"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="73"/>
        <source>e.g. Production vCenter</source>
        <translation>例如：生产 vCenter</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="74"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="77"/>
        <source>host name or IP address</source>
        <translation>主机名或 IP 地址</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="85"/>
        <source>default: SSH agent and ~/.ssh keys</source>
        <translation>默认：SSH 代理和 ~/.ssh 中的密钥</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="86"/>
        <location filename="../../gui/connection_dialog.py" line="96"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="101"/>
        <source>Remember the password in the OS keyring</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="105"/>
        <source>No OS keyring is available: HangDump will ask for the password each time.</source>
        <translation>没有可用的系统密钥环：HangDump 每次都会询问密码。</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="110"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="111"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="112"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="116"/>
        <source>SSH key</source>
        <translation>SSH 密钥</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="118"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="120"/>
        <source>Trust file</source>
        <translation>信任文件</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="127"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="132"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="167"/>
        <source>empty: log in with the SSH key</source>
        <translation>留空：使用 SSH 密钥登录</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="179"/>
        <source>Certificate (PEM)</source>
        <translation>证书（PEM）</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="179"/>
        <location filename="../../gui/connection_dialog.py" line="212"/>
        <source>known_hosts file</source>
        <translation>known_hosts 文件</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="182"/>
        <source>optional: the certificate file from the server&apos;s administrator</source>
        <translation>可选：服务器管理员提供的证书文件</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="184"/>
        <source>optional: a known_hosts file with the host&apos;s key</source>
        <translation>可选：包含该主机密钥的 known_hosts 文件</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="204"/>
        <source>SSH private key</source>
        <translation>SSH 私钥</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="210"/>
        <source>Server certificate (PEM)</source>
        <translation>服务器证书（PEM）</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="239"/>
        <source>{0} cannot be read: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="240"/>
        <source>Choose the file again, or leave the field empty.</source>
        <translation>请重新选择文件，或将此项留空。</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="244"/>
        <source>{0} is not a PEM certificate.</source>
        <translation>{0} 不是 PEM 格式的证书。</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="245"/>
        <source>Ask the administrator for the certificate as a .pem or .crt file.</source>
        <translation>请向管理员索取 .pem 或 .crt 格式的证书文件。</translation>
    </message>
    <message>
        <location filename="../../gui/connection_dialog.py" line="252"/>
        <source>Give the host name or address.</source>
        <translation>请填写主机名或地址。</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <location filename="../../gui/connections.py" line="83"/>
        <source>connecting...</source>
        <translation>正在连接...</translation>
    </message>
    <message>
        <location filename="../../gui/connections.py" line="105"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../gui/connections.py" line="111"/>
        <source>Could not connect to {0}</source>
        <translation>无法连接到 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/connections.py" line="119"/>
        <location filename="../../gui/connections.py" line="139"/>
        <source>Could not close {0}</source>
        <translation>无法关闭 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/connections.py" line="121"/>
        <source>{0} VMs</source>
        <translation>{0} 台虚拟机</translation>
    </message>
    <message>
        <location filename="../../gui/connections.py" line="131"/>
        <source>Could not read the inventory of {0}</source>
        <translation>无法读取 {0} 的清单</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="48"/>
        <source>Run `hangdump identify` on a copy of {dump} to learn which debuginfo package it needs.</source>
        <translation>请对 {dump} 的副本运行 `hangdump identify`，查明它需要哪个调试信息包。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="61"/>
        <source>Run `hangdump identify` on the dump to learn which debuginfo package it needs.</source>
        <translation>请对该转储运行 `hangdump identify`，查明它需要哪个调试信息包。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="67"/>
        <source>The dump&apos;s kernel release could not be read; run `hangdump identify` on it.</source>
        <translation>无法读取该转储的内核版本；请对它运行 `hangdump identify`。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="73"/>
        <source>The dump is kernel {release} (build-id {build_id})</source>
        <translation>该转储的内核是 {release}（build-id {build_id}）</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="75"/>
        <source>The dump is kernel {release}</source>
        <translation>该转储的内核是 {release}</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="80"/>
        <source>get the debuginfo package {package}, which installs {path}</source>
        <translation>请获取调试信息包 {package}（它会安装 {path}）</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="82"/>
        <source>get the debuginfo package {package}</source>
        <translation>请获取调试信息包 {package}</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="84"/>
        <source>get the debug vmlinux built for {release}</source>
        <translation>请获取为 {release} 构建的调试版 vmlinux</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="85"/>
        <source>{kernel}; {get}, and pass it with --vmlinux.</source>
        <translation>{kernel}；{get}，并用 --vmlinux 传入。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="127"/>
        <source>crash is not installed on {host}.</source>
        <translation>{host} 上未安装 crash。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="129"/>
        <source>crash is not installed.</source>
        <translation>未安装 crash。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="136"/>
        <source>The vmlinux {vmlinux} does not match the kernel in {dump}.</source>
        <translation>vmlinux {vmlinux} 与 {dump} 中的内核不匹配。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="144"/>
        <source>The vmlinux {vmlinux} is from a different build of the kernel in {dump} (crash: kernel version inconsistency).</source>
        <translation>vmlinux {vmlinux} 来自与 {dump} 中内核不同的构建（crash：kernel version inconsistency）。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="154"/>
        <source>The vmlinux {vmlinux} is the wrong one for {dump} (crash cannot read cpu_possible_mask with it).</source>
        <translation>vmlinux {vmlinux} 不适用于 {dump}（crash 用它无法读取 cpu_possible_mask）。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="168"/>
        <source>{vmlinux} has no debug information: crash needs the debug vmlinux, not the compressed boot image or a stripped kernel.</source>
        <translation>{vmlinux} 不含调试信息：crash 需要调试版 vmlinux，而不是压缩的启动镜像或去除了符号的内核。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="181"/>
        <source>{vmlinux} is not a kernel ELF file crash can read (damaged or not a vmlinux).</source>
        <translation>{vmlinux} 不是 crash 能读取的内核 ELF 文件（已损坏或不是 vmlinux）。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="190"/>
        <source>crash on {host} does not recognise {dump} as a dump it can read.</source>
        <translation>{host} 上的 crash 不认为 {dump} 是它能读取的转储。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="194"/>
        <source>crash does not recognise {dump} as a dump it can read.</source>
        <translation>crash 不认为 {dump} 是它能读取的转储。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="196"/>
        <source>Check the file is complete (compare its size and SHA-256 with the source); libvirt dumps must be memory-only (virsh dump --memory-only); a newer crash may be needed.</source>
        <translation>请检查文件是否完整（将其大小和 SHA-256 与源文件比对）；libvirt 转储必须是仅内存转储（virsh dump --memory-only）；也可能需要更新版本的 crash。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="208"/>
        <source>crash cannot open {dump}: it was taken from a running (not panicked) guest whose kernel has no machine-check exception stack.</source>
        <translation>crash 无法打开 {dump}：它取自一台正在运行（未 panic）的客户机，且其内核没有机器检查异常栈。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="213"/>
        <source>Send an NMI first and dump after the panic, or use a crash build with the zero-sized exception stack fix.</source>
        <translation>请先发送 NMI，在 panic 之后再转储；或使用包含零大小异常栈修复的 crash 版本。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="225"/>
        <source>crash on {host} cannot open {dump} or {vmlinux}.</source>
        <translation>{host} 上的 crash 无法打开 {dump} 或 {vmlinux}。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="227"/>
        <source>crash cannot open {dump} or {vmlinux}.</source>
        <translation>crash 无法打开 {dump} 或 {vmlinux}。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="229"/>
        <source>Check both paths (on the analysis host when using --via) and the permissions.</source>
        <translation>请检查两个路径（使用 --via 时为分析主机上的路径）及其权限。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="237"/>
        <source>crash reports that {vmlinux} and {dump} do not belong together.</source>
        <translation>crash 报告 {vmlinux} 与 {dump} 不配套。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="244"/>
        <source>crash on {host} could not open {dump}</source>
        <translation>{host} 上的 crash 无法打开 {dump}</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="246"/>
        <source>crash could not open {dump}</source>
        <translation>crash 无法打开 {dump}</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="249"/>
        <source>{message} (exit status {status})</source>
        <translation>{message}（退出状态 {status}）</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="253"/>
        <source>{message}: {last_line}</source>
        <translation>{message}：{last_line}</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="257"/>
        <source>{message}.</source>
        <translation>{message}。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/diagnose.py" line="261"/>
        <source>Check that the vmlinux matches the dump and that crash is new enough for its kernel. {advice}</source>
        <translation>请确认 vmlinux 与转储匹配，且 crash 的版本足以支持该内核。{advice}</translation>
    </message>
    <message>
        <location filename="../../backends/crash/locate.py" line="27"/>
        <source>crash runs on Linux only: on Windows or macOS use a Linux analysis host over SSH (--via user@host), with crash and the vmlinux installed there.</source>
        <translation>crash 只能在 Linux 上运行：在 Windows 或 macOS 上，请通过 SSH 使用一台 Linux 分析主机（--via user@host），并在其上安装 crash 和 vmlinux。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/locate.py" line="46"/>
        <source>Install it with `{command}`, or pass --crash /path/to/crash, or set HANGDUMP_CRASH. crash must be at least as new as the dump&apos;s kernel (8.0 or later for 6.x kernels); or run it on a Linux analysis host with --via user@host.</source>
        <translation>请用 `{command}` 安装，或传入 --crash /path/to/crash，或设置 HANGDUMP_CRASH。crash 的版本不能比转储的内核旧（6.x 内核需要 8.0 或更高版本）；也可以用 --via user@host 在 Linux 分析主机上运行它。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/locate.py" line="53"/>
        <source>Install it ({commands}), or pass --crash /path/to/crash, or set HANGDUMP_CRASH. crash must be at least as new as the dump&apos;s kernel (8.0 or later for 6.x kernels); or run it on a Linux analysis host with --via user@host.</source>
        <translation>请安装它（{commands}），或传入 --crash /path/to/crash，或设置 HANGDUMP_CRASH。crash 的版本不能比转储的内核旧（6.x 内核需要 8.0 或更高版本）；也可以用 --via user@host 在 Linux 分析主机上运行它。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/locate.py" line="93"/>
        <source>The configured crash program {path} does not exist or is not executable.</source>
        <translation>配置的 crash 程序 {path} 不存在或不可执行。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/locate.py" line="99"/>
        <source>crash cannot run on this computer.</source>
        <translation>crash 无法在这台计算机上运行。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/locate.py" line="104"/>
        <source>The crash utility is not installed.</source>
        <translation>未安装 crash 工具。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/locate.py" line="130"/>
        <source>Pass --vmlinux: the dump is not on this computer, so its kernel cannot be read here.</source>
        <translation>请传入 --vmlinux：转储不在这台计算机上，因此无法在此读取它的内核。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/locate.py" line="135"/>
        <source>Run `hangdump identify` on a copy to learn which debuginfo package it needs.</source>
        <translation>请对其副本运行 `hangdump identify`，查明它需要哪个调试信息包。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/locate.py" line="151"/>
        <source>No debug vmlinux for {dump} was found on this computer.</source>
        <translation>在这台计算机上没有找到 {dump} 的调试版 vmlinux。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/session.py" line="38"/>
        <source>The crash command `{command}` did not finish within {timeout:.0f} s.</source>
        <extracomment>After a prompt, wait this long for more output before believing the command is done (output that merely contains &quot;crash&gt; &quot; would otherwise end a command early).</extracomment>
        <translation>crash 命令 `{command}` 未在 {timeout:.0f} 秒内完成。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/session.py" line="41"/>
        <source>It was interrupted; try a narrower command (e.g. pipe through `| tail`).</source>
        <translation>命令已被中断；请尝试范围更小的命令（例如通过 `| tail` 管道）。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/session.py" line="45"/>
        <source>crash did not come back and was stopped; open the session again.</source>
        <translation>crash 没有响应，已被停止；请重新打开会话。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/session.py" line="122"/>
        <source>The dump {path} does not exist.</source>
        <translation>转储 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/session.py" line="123"/>
        <source>The vmlinux {path} does not exist.</source>
        <translation>vmlinux {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/session.py" line="127"/>
        <source>Check the path.</source>
        <translation>请检查路径。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/session.py" line="151"/>
        <source>crash did not open {dump} within {timeout:.0f} s and was stopped.</source>
        <translation>crash 未在 {timeout:.0f} 秒内打开 {dump}，已被停止。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/session.py" line="154"/>
        <source>The dump may be very large or damaged, or crash is waiting for something; check its output in the case transcript.</source>
        <translation>转储可能非常大或已损坏，或者 crash 在等待什么；请查看案例记录中它的输出。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/session.py" line="189"/>
        <source>crash ended (status {status}) while running `{command}`.</source>
        <translation>crash 在运行 `{command}` 时退出（状态 {status}）。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/session.py" line="192"/>
        <source>Open the session again; the transcript in the case shows its last words.</source>
        <translation>请重新打开会话；案例中的记录保留了它最后的输出。</translation>
    </message>
    <message>
        <location filename="../../backends/crash/session.py" line="343"/>
        <source>crash {version} is too old for kernel {release}: {error}</source>
        <translation>crash {version} 太旧，无法读取内核 {release}：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/crash/session.py" line="346"/>
        <source>Install a newer crash. {how}</source>
        <translation>请安装更新版本的 crash。{how}</translation>
    </message>
</context>
<context>
    <name>CrashConsole</name>
    <message>
        <location filename="../../gui/crash_console.py" line="137"/>
        <source>First-look commands</source>
        <extracomment>crash&apos;s commands (help.c), for completion</extracomment>
        <translation>初步检查命令</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="149"/>
        <source>Triage</source>
        <translation>自动分析</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="152"/>
        <source>Run all first-look commands and explain in plain words what they show.</source>
        <translation>运行全部初步检查命令，并用通俗的话解释结果。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="155"/>
        <source>Save...</source>
        <translation>保存...</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="157"/>
        <source>Save everything shown in the console to a text file.</source>
        <translation>把控制台中显示的全部内容保存为文本文件。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="160"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="162"/>
        <source>Copy the selected output.</source>
        <translation>复制选中的输出。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="171"/>
        <location filename="../../gui/crash_console.py" line="172"/>
        <source>Search the output</source>
        <translation>搜索输出</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="174"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="177"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="184"/>
        <source>crash command</source>
        <translation>crash 命令</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="185"/>
        <source>Type a crash command, e.g. bt -a; Up/Down: history</source>
        <translation>输入 crash 命令，例如 bt -a；上/下方向键：历史记录</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="190"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="193"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="195"/>
        <source>Interrupt the running command (like Ctrl-C).</source>
        <translation>中断正在运行的命令（相当于 Ctrl-C）。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="201"/>
        <source>Triage findings</source>
        <translation>分析结果</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="209"/>
        <source>No dump is open.</source>
        <translation>尚未打开转储。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="254"/>
        <source>Kernel version, uptime, load and the panic message: start here.</source>
        <translation>内核版本、运行时间、负载和 panic 信息：从这里开始。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="256"/>
        <source>The last kernel messages before the dump: panics, hung-task and lockup reports.</source>
        <translation>转储前最后的内核消息：panic、任务挂起和锁死报告。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="258"/>
        <source>What each CPU was doing at the moment of the dump.</source>
        <translation>转储那一刻每个 CPU 正在做什么。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="259"/>
        <source>Every task and how long ago it last ran; old UN tasks are stuck.</source>
        <translation>所有任务及其上次运行距今多久；长时间处于 UN 的任务已卡住。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="260"/>
        <source>How many tasks are in each state (UN means stuck waiting).</source>
        <translation>各状态的任务数量（UN 表示卡在等待中）。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="262"/>
        <source>The stacks of all stuck (D state) tasks: what they wait for.</source>
        <translation>所有卡住（D 状态）任务的调用栈：它们在等什么。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="264"/>
        <source>Each CPU&apos;s run queue: a CPU that stopped scheduling shows here.</source>
        <translation>每个 CPU 的运行队列：停止调度的 CPU 会在这里显现。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="265"/>
        <source>Memory use at a glance: did the system run out of memory?</source>
        <translation>内存使用概况：系统是否耗尽了内存？</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="266"/>
        <source>Disk requests still in flight: non-zero means I/O is stuck.</source>
        <translation>仍在处理中的磁盘请求：非零表示 I/O 卡住了。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="286"/>
        <source>Opening {0} in crash...</source>
        <translation>正在用 crash 打开 {0}...</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="291"/>
        <source>crash could not open the dump</source>
        <translation>crash 无法打开该转储</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="302"/>
        <source>crash is ready: {0}</source>
        <translation>crash 已就绪：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="309"/>
        <source>The last action failed.</source>
        <translation>上一个操作失败了。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="320"/>
        <source>crash did not close cleanly</source>
        <translation>crash 未能正常关闭</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="341"/>
        <source>The session is closed.</source>
        <translation>会话已关闭。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="354"/>
        <source>Running {0}...</source>
        <translation>正在运行 {0}...</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="358"/>
        <source>The crash command failed</source>
        <translation>crash 命令失败</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="367"/>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="383"/>
        <source>Triage: running the first-look commands...</source>
        <translation>自动分析：正在运行初步检查命令...</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="396"/>
        <source>Triage failed</source>
        <translation>自动分析失败</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="411"/>
        <source>Triage done: {0} finding(s).</source>
        <translation>自动分析完成：{0} 项发现。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="420"/>
        <source>Save the console output</source>
        <translation>保存控制台输出</translation>
    </message>
    <message>
        <location filename="../../gui/crash_console.py" line="426"/>
        <source>Saved to {0}</source>
        <translation>已保存到 {0}</translation>
    </message>
</context>
<context>
    <name>DumpCard</name>
    <message>
        <location filename="../../gui/analysis_tab.py" line="37"/>
        <source>Dump</source>
        <translation>转储</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="43"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="44"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="45"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="46"/>
        <source>Kernel release</source>
        <translation>内核版本</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="47"/>
        <source>Found in</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="48"/>
        <source>Build-id</source>
        <translation>Build-id</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="49"/>
        <source>KASLR offset</source>
        <translation>KASLR 偏移</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="50"/>
        <source>Distribution</source>
        <translation>发行版</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="51"/>
        <source>Debuginfo package</source>
        <translation>调试信息包</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="52"/>
        <source>Where to get it</source>
        <translation>获取途径</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="53"/>
        <source>vmlinux</source>
        <translation>vmlinux</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="62"/>
        <source>Choose vmlinux...</source>
        <translation>选择 vmlinux...</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="64"/>
        <source>Look in a symbol store...</source>
        <translation>在符号库中查找...</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="80"/>
        <source>{0:.1f} MiB</source>
        <translation>{0:.1f} MiB</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="81"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_tab.py" line="94"/>
        <source>The debug vmlinux of this kernel</source>
        <translation>该内核的调试版 vmlinux</translation>
    </message>
</context>
<context>
    <name>Dumps</name>
    <message>
        <location filename="../../backends/dumps/identify.py" line="48"/>
        <source>Cannot read {path}: {error}.</source>
        <translation>无法读取 {path}：{error}。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="51"/>
        <source>Check the path and that you may read the file.</source>
        <translation>请检查路径，并确认你有权读取该文件。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="57"/>
        <source>{path} is not a regular file.</source>
        <translation>{path} 不是普通文件。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="58"/>
        <source>Give the dump file itself.</source>
        <translation>请指定转储文件本身。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="71"/>
        <source>looks like {format} but {problem}</source>
        <translation>看起来是 {format}，但{problem}</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="76"/>
        <source>looks like {format} but its header is damaged ({error})</source>
        <translation>看起来是 {format}，但文件头已损坏（{error}）</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="81"/>
        <source>Reading {path} failed: {error}.</source>
        <translation>读取 {path} 失败：{error}。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="84"/>
        <source>The disk or network share may have a problem; copy the file locally and retry.</source>
        <translation>磁盘或网络共享可能有问题；请把文件复制到本地后重试。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="122"/>
        <source>not a known dump format, and none of VMCOREINFO, a Linux banner, init_uts_ns or BOOT_IMAGE= was found in its {size} bytes</source>
        <translation>不是已知的转储格式，并且在其 {size} 字节中没有找到 VMCOREINFO、Linux banner、init_uts_ns 或 BOOT_IMAGE= 中的任何一个</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="153"/>
        <source>VMCOREINFO note</source>
        <translation>VMCOREINFO note</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="160"/>
        <source>init_uts_ns in memory (via VMCOREINFO)</source>
        <translation>内存中的 init_uts_ns（经由 VMCOREINFO）</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="164"/>
        <source>init_uts_ns could not be read at the address VMCOREINFO gives (filtered dump or non-x86_64 kernel)</source>
        <translation>无法在 VMCOREINFO 给出的地址读取 init_uts_ns（转储经过过滤，或内核不是 x86_64）</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="172"/>
        <source>no VMCOREINFO note (QEMU without the vmcoreinfo device, or an old kernel): the release comes from a memory scan</source>
        <translation>没有 VMCOREINFO note（QEMU 未配置 vmcoreinfo 设备，或内核较旧）：内核版本来自内存扫描</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="190"/>
        <source>VMCOREINFO (kdump sub-header)</source>
        <translation>VMCOREINFO（kdump 子文件头）</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="194"/>
        <source>the kdump sub-header points at no VMCOREINFO</source>
        <translation>kdump 子文件头没有指向 VMCOREINFO</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="197"/>
        <source>the header says {header} but VMCOREINFO says {vmcoreinfo}; VMCOREINFO wins</source>
        <translation>文件头显示 {header}，但 VMCOREINFO 显示 {vmcoreinfo}；以 VMCOREINFO 为准</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="204"/>
        <source>kdump header utsname.release</source>
        <translation>kdump 文件头 utsname.release</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="205"/>
        <source>kdump header utsname.version</source>
        <translation>kdump 文件头 utsname.version</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="206"/>
        <source>kdump sub-header phys_base</source>
        <translation>kdump 子文件头 phys_base</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="210"/>
        <source>kdump header block_size</source>
        <translation>kdump 文件头 block_size</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="214"/>
        <source>the dump is marked INCOMPLETE (the capture ran out of space?)</source>
        <translation>转储被标记为 INCOMPLETE（采集时空间不足？）</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="219"/>
        <source>pages are {codec}-compressed: crash must be built with `make {codec}` to read them</source>
        <translation>页面采用 {codec} 压缩：crash 必须用 `make {codec}` 构建才能读取</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="226"/>
        <source>the header carries no release and there is no VMCOREINFO</source>
        <translation>文件头中没有内核版本，也没有 VMCOREINFO</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="242"/>
        <source>its first record is neither a kdump header nor an ELF core</source>
        <translation>它的第一条记录既不是 kdump 文件头，也不是 ELF core</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="246"/>
        <source>flattened (makedumpfile -F): crash reads it directly; drgn and libkdumpfile need `makedumpfile -R new.vmcore &lt; file` first</source>
        <translation>flattened 格式（makedumpfile -F）：crash 可直接读取；drgn 和 libkdumpfile 需要先执行 `makedumpfile -R new.vmcore &lt; file`</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="265"/>
        <source>the memory block is compressed: crash stops with &apos;Cannot handle compressed memory dump yet!&apos;</source>
        <translation>内存块是压缩的：crash 会报错“Cannot handle compressed memory dump yet!”并停止</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="288"/>
        <source>the memory is not in this file; crash reads it from {vmem} in the same folder, and that file is missing (keep the snapshot&apos;s files&apos; names)</source>
        <translation>内存不在此文件中；crash 会从同一文件夹中的 {vmem} 读取，但该文件不存在（请保留快照各文件的原名）</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="340"/>
        <source>{vmx} says kernelVersion {release} (VMware Tools&apos; last report, possibly stale); memory says {memory}</source>
        <translation>{vmx} 中的 kernelVersion 为 {release}（VMware Tools 最近一次上报，可能已过时）；内存中为 {memory}</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="350"/>
        <source>the release comes only from the .vmx hint, which may be stale</source>
        <translation>内核版本仅来自 .vmx 中的提示，可能已过时</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="367"/>
        <source>verified against init_uts_ns</source>
        <translation>已与 init_uts_ns 核对</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="371"/>
        <source>memory scan ({where})</source>
        <translation>内存扫描（{where}）</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="374"/>
        <source>VMCOREINFO in memory</source>
        <translation>内存中的 VMCOREINFO</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="375"/>
        <source>memory scan</source>
        <translation>内存扫描</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/identify.py" line="379"/>
        <source>strings of other kernels were found too ({others}); the release chosen has the strongest evidence</source>
        <translation>还找到了其他内核的字符串（{others}）；所选的内核版本证据最充分</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/info.py" line="87"/>
        <source>format</source>
        <extracomment>``uname -v`` / the banner&apos;s tail</extracomment>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/info.py" line="89"/>
        <source>kernel release</source>
        <translation>内核版本</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/info.py" line="90"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/info.py" line="94"/>
        <source>found in</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/info.py" line="96"/>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/info.py" line="98"/>
        <source>KASLR offset</source>
        <translation>KASLR 偏移</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/info.py" line="100"/>
        <source>page size</source>
        <translation>页大小</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/info.py" line="101"/>
        <source>crash time</source>
        <translation>崩溃时间</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/info.py" line="102"/>
        <source>memory file</source>
        <translation>内存文件</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/info.py" line="108"/>
        <source>distribution</source>
        <translation>发行版</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/info.py" line="109"/>
        <source>debuginfo</source>
        <translation>调试信息包</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/info.py" line="110"/>
        <source>vmlinux path</source>
        <translation>vmlinux 路径</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/info.py" line="112"/>
        <source>download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/info.py" line="113"/>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/info.py" line="115"/>
        <source>local vmlinux</source>
        <translation>本地 vmlinux</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/info.py" line="117"/>
        <source>message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/info.py" line="118"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/debuginfod.py" line="58"/>
        <source>&apos;{build_id}&apos; is not a build-id (hex digits).</source>
        <translation>“{build_id}”不是 build-id（应为十六进制数字）。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/debuginfod.py" line="67"/>
        <source>No debuginfod server is configured.</source>
        <translation>未配置 debuginfod 服务器。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/debuginfod.py" line="68"/>
        <source>Set DEBUGINFOD_URLS or pass --debuginfod URL.</source>
        <translation>请设置 DEBUGINFOD_URLS 或传入 --debuginfod URL。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/debuginfod.py" line="82"/>
        <source>No debuginfod server delivered build-id {build_id}: {errors}</source>
        <translation>没有 debuginfod 服务器提供 build-id {build_id}：{errors}</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/debuginfod.py" line="85"/>
        <source>Check the server list and the network; kernels are often missing on general servers (try the distribution&apos;s own debuginfod).</source>
        <translation>请检查服务器列表和网络；通用服务器上常常缺少内核（请尝试发行版自己的 debuginfod）。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/debuginfod.py" line="97"/>
        <source>only http:// and https:// servers are supported</source>
        <translation>只支持 http:// 和 https:// 服务器</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/debuginfod.py" line="108"/>
        <source>downloading {build_id}: {mib} MiB</source>
        <translation>正在下载 {build_id}：{mib} MiB</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/debuginfod.py" line="117"/>
        <source>the file served has build-id {build_id}</source>
        <translation>服务器提供的文件的 build-id 是 {build_id}</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/distro.py" line="75"/>
        <source>unknown distribution</source>
        <extracomment>rhel, oracle-uek, fedora, ubuntu, debian, suse, openeuler, kylin, unknown human name, e.g. &quot;RHEL 9.5 (or CentOS Stream/Rocky/Alma 9)&quot; everything to install</extracomment>
        <translation>未知发行版</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/distro.py" line="77"/>
        <source>no known distribution pattern in the release; look up the kernel by its build-id (debuginfod) or where the VM&apos;s owner got it</source>
        <translation>内核版本中没有已知的发行版特征；请按 build-id（debuginfod）查找该内核，或向虚拟机所有者询问内核的来源</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/distro.py" line="129"/>
        <source>RHEL {version} family (RHEL, CentOS, Rocky, Alma, Oracle RHCK)</source>
        <translation>RHEL {version} 系列（RHEL、CentOS、Rocky、Alma、Oracle RHCK）</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/distro.py" line="139"/>
        <source>RHEL: enable {repo} and `dnf install {package}`</source>
        <translation>RHEL：启用 {repo} 并执行 `dnf install {package}`</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/distro.py" line="160"/>
        <source>architecture {arch}</source>
        <translation>架构 {arch}</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/distro.py" line="216"/>
        <source>look under {folder} for {package}</source>
        <translation>在 {folder} 下查找 {package}</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/distro.py" line="252"/>
        <source>unsigned kernels use linux-image-&lt;release&gt;-dbgsym instead</source>
        <translation>未签名的内核改用 linux-image-&lt;release&gt;-dbgsym</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/distro.py" line="253"/>
        <source>pool paths differ for linux-hwe-*, linux-aws... source packages</source>
        <translation>linux-hwe-*、linux-aws 等源码包的 pool 路径不同</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/distro.py" line="272"/>
        <source>no &apos;Debian x.y.z-n&apos; version string was found: one ABI spans several uploads, so check the vmlinux build-id against the dump&apos;s BUILD-ID</source>
        <translation>没有找到“Debian x.y.z-n”版本字符串：一个 ABI 对应多次上传，因此请将 vmlinux 的 build-id 与转储的 BUILD-ID 核对</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/distro.py" line="309"/>
        <source>`{command}`; crash also needs {file} from {package}</source>
        <translation>`{command}`；crash 还需要 {package} 中的 {file}</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/elf.py" line="77"/>
        <source>no ELF magic</source>
        <extracomment>Caps that keep a corrupt header from making us read gigabytes of &quot;notes&quot;. struct prefix, &quot;&lt;&quot; or &quot;&gt;&quot;</extracomment>
        <translation>没有 ELF 魔数</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/elf.py" line="80"/>
        <source>the ELF header is cut short at {size} bytes</source>
        <translation>ELF 头在 {size} 字节处被截断</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/elf.py" line="87"/>
        <source>invalid ELF class {elf_class} or data encoding {encoding}</source>
        <translation>无效的 ELF 类别 {elf_class} 或数据编码 {encoding}</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/elf.py" line="95"/>
        <source>the ELF64 header is cut short at {size} bytes</source>
        <translation>ELF64 头在 {size} 字节处被截断</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/elf.py" line="113"/>
        <source>program header entries of {size} bytes are too small</source>
        <translation>{size} 字节的程序头表项太小</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/elf.py" line="119"/>
        <source>{count} program headers is implausible</source>
        <translation>{count} 个程序头不合理</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/elf.py" line="124"/>
        <source>the program header table ({count} entries at {offset}) is cut short</source>
        <translation>程序头表（位于 {offset} 的 {count} 项）被截断</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/elf.py" line="143"/>
        <source>PN_XNUM is set but section header 0 is missing</source>
        <translation>设置了 PN_XNUM，但缺少第 0 个节头</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/flattened.py" line="36"/>
        <source>no makedumpfile signature</source>
        <extracomment>A corrupt stream must not make us walk forever; real headers come first.</extracomment>
        <translation>没有 makedumpfile 签名</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/flattened.py" line="38"/>
        <source>the flattened header is cut short</source>
        <translation>flattened 格式的文件头被截断</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/flattened.py" line="71"/>
        <source>stopped after {count} flattened records</source>
        <translation>读取 {count} 条 flattened 记录后停止</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/flattened.py" line="78"/>
        <source>the flattened stream ends without its end marker</source>
        <translation>flattened 数据流没有结束标记就结束了</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/flattened.py" line="88"/>
        <source>a corrupt flattened record at file offset {offset}</source>
        <translation>文件偏移 {offset} 处有一条损坏的 flattened 记录</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/kdump.py" line="67"/>
        <source>the dump header is cut short at {size} bytes (needs {needed})</source>
        <extracomment>up to size_vmcoreinfo (header version 3) status bits -&gt; names, as makedumpfile defines them.</extracomment>
        <translation>转储文件头在 {size} 字节处被截断（需要 {needed} 字节）</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/kdump.py" line="99"/>
        <source>block_size {size} is not a page size</source>
        <translation>block_size {size} 不是有效的页大小</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/kdump.py" line="104"/>
        <source>the file ends before the kdump sub-header</source>
        <translation>文件在 kdump 子文件头之前就结束了</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/kdump.py" line="112"/>
        <source>the kdump sub-header is cut short</source>
        <translation>kdump 子文件头被截断</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/packages.py" line="46"/>
        <source>{package} is zstd-compressed and the zstd program is not installed.</source>
        <translation>{package} 采用 zstd 压缩，但未安装 zstd 程序。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/packages.py" line="49"/>
        <source>Install zstd, or extract the vmlinux yourself and add that file.</source>
        <translation>请安装 zstd，或自行解出 vmlinux 后添加该文件。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/packages.py" line="61"/>
        <source>{package}: zstd failed: {error}</source>
        <translation>{package}：zstd 失败：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/packages.py" line="76"/>
        <source>{package} is not an RPM package (no RPM lead).</source>
        <translation>{package} 不是 RPM 包（没有 RPM lead）。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/packages.py" line="84"/>
        <source>{package}: a damaged RPM header.</source>
        <translation>{package}：RPM 头已损坏。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/packages.py" line="97"/>
        <source>{package}: a damaged cpio payload.</source>
        <translation>{package}：cpio 负载已损坏。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/packages.py" line="134"/>
        <source>{package} is not a Debian package (no ar header).</source>
        <translation>{package} 不是 Debian 包（没有 ar 头）。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/packages.py" line="142"/>
        <source>{package} has no data.tar member.</source>
        <translation>{package} 中没有 data.tar 成员。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/packages.py" line="169"/>
        <source>{file}: not a .rpm, .deb or .ddeb package.</source>
        <translation>{file}：不是 .rpm、.deb 或 .ddeb 包。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/scan.py" line="88"/>
        <source>{release} (score {score}: {kinds})</source>
        <extracomment>weight, and how many hits of a kind count, per release. vmcoreinfo, utsname, banner, log, cmdline file offset of the hit</extracomment>
        <translation>{release}（得分 {score}：{kinds}）</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/scan.py" line="253"/>
        <source>scanning memory: {done} of {total} MiB</source>
        <translation>正在扫描内存：{done} / {total} MiB</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/scan.py" line="255"/>
        <source>checking candidates: {done} of {total} MiB</source>
        <translation>正在核对候选项：{done} / {total} MiB</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/sniff.py" line="53"/>
        <source>the file is empty</source>
        <extracomment>Bytes :func:`sniff` wants to see. why the format cannot be read directly, if so</extracomment>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/sniff.py" line="56"/>
        <source>the ELF header is cut short</source>
        <translation>ELF 头被截断</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/sniff.py" line="62"/>
        <source>an ELF file but not a core dump (a vmlinux or a program?); identify reads dumps, not kernels</source>
        <translation>这是 ELF 文件，但不是 core 转储（是 vmlinux 还是程序？）；identify 读取的是转储，而不是内核</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/sniff.py" line="77"/>
        <source>a Fujitsu sadump: open it with crash, which reads it directly</source>
        <translation>这是 Fujitsu sadump：请用 crash 打开，crash 可直接读取</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/sniff.py" line="87"/>
        <source>the whole file is {compression}-compressed: decompress it first (kdump-tools&apos; KDUMP_COMPRESSION does this), then identify the result</source>
        <translation>整个文件采用 {compression} 压缩：请先解压（kdump-tools 的 KDUMP_COMPRESSION 会产生这种文件），再识别解压结果</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/sniff.py" line="95"/>
        <source>a legacy LKCD dump</source>
        <translation>这是旧式 LKCD 转储</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/sniff.py" line="101"/>
        <source>a Xen xc_core dump: open it with crash</source>
        <translation>这是 Xen xc_core 转储：请用 crash 打开</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/sniff.py" line="107"/>
        <source>a QEMU/libvirt saved state (migration stream), which crash cannot read; take the dump again with `virsh dump --memory-only` (ELF or kdump format)</source>
        <translation>这是 QEMU/libvirt 保存的状态（迁移数据流），crash 无法读取；请用 `virsh dump --memory-only`（ELF 或 kdump 格式）重新转储</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/symbols.py" line="66"/>
        <source>The symbol store index {path} is unreadable: {error}</source>
        <extracomment>the file or package member it came from</extracomment>
        <translation>无法读取符号库索引 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/symbols.py" line="69"/>
        <source>Remove index.json and add the files again.</source>
        <translation>请删除 index.json 并重新添加文件。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/symbols.py" line="80"/>
        <source>{path} is not a file.</source>
        <translation>{path} 不是文件。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/symbols.py" line="87"/>
        <source>{package} holds no debug vmlinux.</source>
        <translation>{package} 中没有调试版 vmlinux。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/symbols.py" line="90"/>
        <source>Debug kernels come in kernel-debuginfo (RPM), linux-image-*-dbg (Debian) or *-dbgsym (Ubuntu) packages.</source>
        <translation>调试版内核位于 kernel-debuginfo（RPM）、linux-image-*-dbg（Debian）或 *-dbgsym（Ubuntu）包中。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/symbols.py" line="108"/>
        <source>{file} is not an ELF file with a GNU build-id note.</source>
        <translation>{file} 不是带 GNU build-id note 的 ELF 文件。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/symbols.py" line="111"/>
        <source>Add the debug vmlinux (with symbols), not vmlinuz.</source>
        <translation>请添加（带符号的）调试版 vmlinux，而不是 vmlinuz。</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/vmware.py" line="74"/>
        <source>the checkpoint header is cut short</source>
        <translation>检查点文件头被截断</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/vmware.py" line="78"/>
        <source>unknown checkpoint magic {magic:#x}</source>
        <translation>未知的检查点魔数 {magic:#x}</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/vmware.py" line="81"/>
        <source>{count} groups is implausible</source>
        <translation>{count} 个组不合理</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/vmware.py" line="84"/>
        <source>the group table is cut short</source>
        <translation>组表被截断</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/vmware.py" line="92"/>
        <source>a 32-bit checkpoint: crash cannot read it (vmw: Not implemented for 32-bit VMSS file)</source>
        <translation>这是 32 位检查点：crash 无法读取（vmw: Not implemented for 32-bit VMSS file）</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/vmware.py" line="111"/>
        <source>the &apos;{group}&apos; group ends without its end tag</source>
        <translation>“{group}”组没有结束标记就结束了</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/vmware.py" line="124"/>
        <source>the &apos;{group}&apos; group is cut short</source>
        <translation>“{group}”组被截断</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/vmware.py" line="133"/>
        <source>block &apos;{name}&apos; is cut short</source>
        <translation>数据块“{name}”被截断</translation>
    </message>
    <message>
        <location filename="../../backends/dumps/vmware.py" line="146"/>
        <source>item &apos;{name}&apos; is cut short</source>
        <translation>条目“{name}”被截断</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../gui/error_dialog.py" line="32"/>
        <source>Something unexpected went wrong: {0}</source>
        <translation>发生了意外错误：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/error_dialog.py" line="36"/>
        <source>The details below help the developers.</source>
        <translation>下面的详细信息可以帮助开发人员定位问题。</translation>
    </message>
</context>
<context>
    <name>EsxiShell</name>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="138"/>
        <source>{host} has no vim-cmd: it is not an ESXi shell.</source>
        <extracomment>the .vmx path inside its datastore /vmfs/volumes/&lt;volume&gt;/&lt;rel path&gt;</extracomment>
        <translation>{host} 上没有 vim-cmd：它不是 ESXi shell。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="141"/>
        <source>Use esxi+ssh:// only for ESXi hosts (enable SSH on the host).</source>
        <translation>esxi+ssh:// 仅用于 ESXi 主机（请在主机上启用 SSH）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="160"/>
        <source>{command} failed on {host}: {message}</source>
        <translation>{command} 在 {host} 上失败：{message}</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="163"/>
        <source>no message</source>
        <translation>无消息</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="165"/>
        <source>Check the VM on the host (vim-cmd vmsvc/getallvms).</source>
        <translation>请在主机上检查该虚拟机（vim-cmd vmsvc/getallvms）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="187"/>
        <source>reading VMs</source>
        <translation>正在读取虚拟机</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="218"/>
        <source>{vm} is no longer registered on {host}.</source>
        <translation>{vm} 已不再注册于 {host}。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="221"/>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="286"/>
        <source>Refresh the inventory.</source>
        <translation>请刷新清单。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="232"/>
        <source>VMware uses a memory snapshot instead.</source>
        <translation>VMware 改用内存快照。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="250"/>
        <source>{vm} is not running on {host} (no VM world).</source>
        <translation>{vm} 未在 {host} 上运行（没有 VM world）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="253"/>
        <source>An NMI needs a running VM; check it with esxcli vm process list.</source>
        <translation>发送 NMI 需要虚拟机正在运行；请用 esxcli vm process list 检查。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="268"/>
        <source>The NMI to {vm} failed on {host}: {message}</source>
        <translation>在 {host} 上向 {vm} 发送 NMI 失败：{message}</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="271"/>
        <source>Try `vm-support -a HungVM:Send_NMI_To_Guest --vm=&lt;vmx&gt;` on the host.</source>
        <translation>请在主机上尝试 `vm-support -a HungVM:Send_NMI_To_Guest --vm=&lt;vmx&gt;`。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="283"/>
        <source>{vm} is not registered on {host}.</source>
        <translation>{vm} 未注册于 {host}。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="302"/>
        <source>taking the snapshot (vim-cmd)</source>
        <translation>正在创建快照（vim-cmd）</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="311"/>
        <source>snapshot taken</source>
        <translation>快照已创建</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="322"/>
        <source>The VM folder {folder} cannot be listed on {host}: {error}.</source>
        <translation>无法列出 {host} 上的虚拟机目录 {folder}：{error}。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="325"/>
        <source>Check the datastore path and your rights.</source>
        <translation>请检查数据存储路径和您的权限。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="335"/>
        <source>No .vmsn file appeared in {folder}.</source>
        <translation>{folder} 中没有出现 .vmsn 文件。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="336"/>
        <source>Check the snapshot on the host (vim-cmd vmsvc/snapshot.get).</source>
        <translation>请在主机上检查该快照（vim-cmd vmsvc/snapshot.get）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="366"/>
        <source>The snapshot&apos;s id is unknown, so it was not removed.</source>
        <translation>快照 ID 未知，因此未删除该快照。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="367"/>
        <source>Remove it in the host client after checking it.</source>
        <translation>请检查后在 Host Client 中删除。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="379"/>
        <source>Connect to the host or its vCenter over HTTPS (vsphere://user@host) to copy the .vmss and .vmem of a suspended VM.</source>
        <translation>请通过 HTTPS（vsphere://user@host）连接该主机或其 vCenter，以复制已挂起虚拟机的 .vmss 和 .vmem。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/esxi_ssh.py" line="406"/>
        <source>Copying a suspended VM&apos;s .vmss and .vmem needs the vSphere API; the ESXi shell connection cannot list them reliably.</source>
        <translation>复制已挂起虚拟机的 .vmss 和 .vmem 需要 vSphere API；ESXi shell 连接无法可靠地列出这些文件。</translation>
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
        <location filename="../../gui/wizards/prepare_wizard.py" line="39"/>
        <source>The guest</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="41"/>
        <source>Prepare the guest while it is healthy: HangDump logs in over SSH and reads.</source>
        <translation>请在虚拟机正常时进行准备：HangDump 通过 SSH 登录并读取配置。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="49"/>
        <source>default: SSH agent and ~/.ssh keys</source>
        <translation>默认：SSH 代理和 ~/.ssh 中的密钥</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="50"/>
        <source>SSH address</source>
        <translation>SSH 地址</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/prepare_wizard.py" line="51"/>
        <source>SSH key</source>
        <translation>SSH 密钥</translation>
    </message>
</context>
<context>
    <name>Hypervisors</name>
    <message>
        <location filename="../../backends/hypervisors/base.py" line="171"/>
        <source>Several VMs are named {name}: {ids}.</source>
        <extracomment>inventory path, e.g. ``DC0/host/DC0_H0/DC0_H0_VM0`` the hypervisor&apos;s own handle (moref, domain name, ESXi vmid) the .vmx datastore path (vSphere/ESXi) in the order they are tried a suspended VM&apos;s .vmss + .vmem can be listed (:meth:`Hypervisor.suspend_files`) capability -&gt; why not e.g. ``SendNMI``, ``vm-support CGI``, ``vmdumper``, ``injectNMI`` base name to keep on download (``.vmsn``/``.vmem`` pairs must match) ``sftp://user@host:port/path``, ``[ds] dir/file`` or a local path ``snapshotData``, ``snapshotMemory``, ``suspend``, ``memoryDump``... the hypervisor&apos;s id (moref, ESXi snapshot id) ``vsphere``, ``esxi+ssh``, ``libvirt``, ``virsh+ssh`` Called with the updated VM when a live update arrives.</extracomment>
        <translation>有多台虚拟机名为 {name}：{ids}。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/base.py" line="174"/>
        <source>Name the VM by its id (see `hangdump inventory`).</source>
        <translation>请用 ID 指定虚拟机（见 `hangdump inventory`）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/base.py" line="177"/>
        <source>No VM named or with id {name} on this connection.</source>
        <translation>此连接上没有名称或 ID 为 {name} 的虚拟机。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/base.py" line="180"/>
        <source>Check the name with `hangdump inventory` (names are case-sensitive).</source>
        <translation>请用 `hangdump inventory` 核对名称（名称区分大小写）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/connect.py" line="57"/>
        <source>{kind} connections are not available in this build ({error}).</source>
        <extracomment>``password(user, host, port)``: from the keyring, HANGDUMP_PASSWORD or a prompt. ``ssh(target)`` returns a function that opens a verified paramiko client. a PEM certificate handed over out of band (e.g. the lab&apos;s), pinned for this use called with an UnknownCertificate; True to trust and pin it</extracomment>
        <translation>此版本无法使用 {kind} 连接（{error}）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/connect.py" line="60"/>
        <source>Reinstall HangDump with all its parts.</source>
        <translation>请完整重新安装 HangDump（包含所有组件）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/kinds.py" line="23"/>
        <source>Memory snapshots are a VMware capture.</source>
        <translation>内存快照是 VMware 的捕获方式。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/kinds.py" line="24"/>
        <source>On libvirt hosts, take a memory dump instead (hangdump memdump).</source>
        <translation>在 libvirt 主机上，请改为获取内存转储（hangdump memdump）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/kinds.py" line="31"/>
        <source>A suspended libvirt guest&apos;s memory is not kept as .vmss/.vmem files.</source>
        <translation>已挂起的 libvirt 客户机的内存不会保存为 .vmss/.vmem 文件。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/kinds.py" line="35"/>
        <source>Resume the guest, then take a memory dump (hangdump memdump).</source>
        <translation>请恢复客户机，然后进行内存转储（hangdump memdump）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/kinds.py" line="48"/>
        <source>HangDump takes no libvirt snapshots, so it removes none.</source>
        <translation>HangDump 不创建 libvirt 快照，因此也不删除任何快照。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/kinds.py" line="49"/>
        <source>Manage libvirt snapshots with virsh snapshot-delete.</source>
        <translation>请使用 virsh snapshot-delete 管理 libvirt 快照。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/kinds.py" line="64"/>
        <source>VMware has no memory-only dump.</source>
        <translation>VMware 没有仅内存转储。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/kinds.py" line="65"/>
        <source>Take a memory snapshot instead (hangdump snapshot).</source>
        <translation>请改为创建内存快照（hangdump snapshot）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/kinds.py" line="70"/>
        <source>HangDump removes snapshot files only by removing the snapshot.</source>
        <translation>HangDump 只通过删除快照来删除快照文件。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/kinds.py" line="73"/>
        <source>Use --remove-after.</source>
        <translation>请使用 --remove-after。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/uri.py" line="68"/>
        <source>{uri} is not a connection HangDump knows.</source>
        <extracomment>adapter: ``vsphere``, ``esxi+ssh``, ``libvirt``, ``virsh+ssh`` libvirt&apos;s ``/system``; empty elsewhere</extracomment>
        <translation>{uri} 不是 HangDump 支持的连接。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/uri.py" line="71"/>
        <source>Use vsphere://user@host, esxi+ssh://root@host, qemu:///system, qemu+ssh://user@host/system, virsh+ssh://user@host or test:///default.</source>
        <translation>请使用 vsphere://user@host、esxi+ssh://root@host、qemu:///system、qemu+ssh://user@host/system、virsh+ssh://user@host 或 test:///default。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/uri.py" line="79"/>
        <source>Passwords do not belong in a connection address.</source>
        <translation>连接地址中不应包含密码。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/uri.py" line="80"/>
        <source>Remove it; HangDump asks for it or reads the OS keyring.</source>
        <translation>请将其删除；HangDump 会询问密码或从系统密钥环读取。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/uri.py" line="86"/>
        <source>{uri} names no host.</source>
        <translation>{uri} 未指定主机。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/uri.py" line="87"/>
        <source>Write it as scheme://user@host.</source>
        <translation>请写成 scheme://user@host 的形式。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/uri.py" line="92"/>
        <source>Port {port} in {uri} is out of range.</source>
        <translation>{uri} 中的端口 {port} 超出范围。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/uri.py" line="95"/>
        <source>Use 1-65535.</source>
        <translation>请使用 1-65535。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/uri.py" line="100"/>
        <source>{uri} names no user.</source>
        <translation>{uri} 未指定用户。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/uri.py" line="101"/>
        <source>Write it as vsphere://administrator@vsphere.local@vcenter.example.</source>
        <translation>请写成 vsphere://administrator@vsphere.local@vcenter.example 的形式。</translation>
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
        <location filename="../../gui/window_ops.py" line="288"/>
        <location filename="../../gui/window_ops.py" line="319"/>
        <source>Lab libvirt</source>
        <translation>实验室 libvirt</translation>
    </message>
    <message>
        <location filename="../../gui/window_ops.py" line="308"/>
        <source>Lab vCenter</source>
        <translation>实验室 vCenter</translation>
    </message>
    <message>
        <location filename="../../backends/lab/assets.py" line="45"/>
        <source>The lab asset {name} is not prepared on this machine.</source>
        <extracomment>``uname -r`` of the guest kernel, e.g. 6.1.0-57-cloud-amd64 Debian package version, e.g. 6.1.192-3 the guest kernel image the matching debug vmlinux the unpacked /lib/modules/&lt;release&gt; tree of the guest kernel practice guest initramfs in-guest kdump variant (kexec + capture path) private ed25519 key (OpenSSH format) accepted by both guests the guests&apos; host public key line (``ssh-ed25519 AAAA...``) a crash binary that reads this kernel the vCenter simulator binary the kernel&apos;s GNU build-id (hex), for debuginfod tests</extracomment>
        <translation>本机尚未准备实验室资源 {name}。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/assets.py" line="48"/>
        <location filename="../../backends/lab/assets.py" line="71"/>
        <source>Run `hangdump lab setup` (the README&apos;s set-up command does it for you).</source>
        <translation>请运行 `hangdump lab setup`（README 中的安装命令会替您完成）。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/assets.py" line="70"/>
        <source>The lab is not set up on this machine.</source>
        <translation>本机尚未设置实验室。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/assets.py" line="101"/>
        <source>guest kernel and debug vmlinux</source>
        <translation>虚拟机内核和调试 vmlinux</translation>
    </message>
    <message>
        <location filename="../../backends/lab/assets.py" line="112"/>
        <source>initramfs images</source>
        <translation>initramfs 镜像</translation>
    </message>
    <message>
        <location filename="../../backends/lab/assets.py" line="128"/>
        <source>vCenter simulator</source>
        <translation>vCenter 模拟器</translation>
    </message>
    <message>
        <location filename="../../backends/lab/assets.py" line="140"/>
        <source>lab assets ready</source>
        <translation>实验室资源已就绪</translation>
    </message>
    <message>
        <location filename="../../backends/lab/control.py" line="68"/>
        <source>Unknown lab component {name}.</source>
        <extracomment>component name -&gt; (module, components it needs first). Order is start order. per-start options (benchmarks: e.g. {&quot;machines&quot;: 2500} for the simulator)</extracomment>
        <translation>未知的实验室组件 {name}。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/control.py" line="69"/>
        <source>Known: {names}.</source>
        <translation>已知组件：{names}。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/control.py" line="145"/>
        <source>starting {name}</source>
        <translation>正在启动 {name}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/control.py" line="153"/>
        <source>lab ready</source>
        <translation>实验室已就绪</translation>
    </message>
    <message>
        <location filename="../../backends/lab/control.py" line="176"/>
        <source>Some lab servers did not stop cleanly: {errors}</source>
        <translation>部分实验室服务未能正常停止：{errors}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="118"/>
        <source>Building crash {version} needs these Debian packages: {packages}.</source>
        <extracomment>Revision of our fix set; bump it whenever resources/lab/crash/ changes. Debian packages the build needs (installed by installer/debian/bootstrap.sh). progress steps of a cold build Lines ``make`` prints in a cold build (measured), to turn its output into progress. the Debian version, e.g. ``8.0.6-1`` e.g. ``crash_8.0.6.orig.tar.gz``</extracomment>
        <translation>构建 crash {version} 需要以下 Debian 软件包：{packages}。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="121"/>
        <source>Install them (apt-get install {packages}), or run the set-up command from the README (installer/debian/bootstrap.sh).</source>
        <translation>请安装它们（apt-get install {packages}），或运行 README 中的安装命令（installer/debian/bootstrap.sh）。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="134"/>
        <source>crash {version}: checking build packages</source>
        <translation>crash {version}：正在检查构建所需软件包</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="146"/>
        <source>crash {version}: unpacking and applying our fix</source>
        <translation>crash {version}：正在解包并应用我们的补丁</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="154"/>
        <source>Applying {fix} to crash {version}</source>
        <translation>将 {fix} 应用到 crash {version}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="157"/>
        <source>The fix no longer matches crash {version}&apos;s source: update it.</source>
        <translation>该补丁已不适用于 crash {version} 的源代码：请更新补丁。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="166"/>
        <source>crash {version}: caching the binary</source>
        <translation>crash {version}：正在缓存可执行文件</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="189"/>
        <source>crash {version} ready</source>
        <translation>crash {version} 已就绪</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="205"/>
        <source>crash {version}: reading Debian {suite}&apos;s source index</source>
        <translation>crash {version}：正在读取 Debian {suite} 的源码索引</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="211"/>
        <source>Reading Debian {suite}&apos;s source index from {uri}</source>
        <translation>从 {uri} 读取 Debian {suite} 的源码索引</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="214"/>
        <source>Check the network path to that mirror, and that {keyring} holds Debian {suite}&apos;s keys (upgrade debian-archive-keyring).</source>
        <translation>请检查到该镜像的网络连接，并确认 {keyring} 包含 Debian {suite} 的密钥（升级 debian-archive-keyring）。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="227"/>
        <source>crash {version}: downloading {name} ({size} MB)</source>
        <translation>crash {version}：正在下载 {name}（{size} MB）</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="246"/>
        <source>apt could not download {name}: {error}</source>
        <translation>apt 无法下载 {name}：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="249"/>
        <source>Check the network path to the Debian mirror in /etc/apt/sources*.</source>
        <translation>请检查到 /etc/apt/sources* 中 Debian 镜像的网络连接。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="255"/>
        <source>{name} does not match the SHA-256 in Debian&apos;s signed source index; refusing to build it.</source>
        <translation>{name} 与 Debian 已签名源码索引中的 SHA-256 不符；拒绝构建。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="260"/>
        <source>Retry later; if it persists, the mirror serves a damaged file.</source>
        <translation>请稍后重试；如果问题持续，说明该镜像提供的文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="291"/>
        <source>The Debian archive keyring {keyring} is missing.</source>
        <translation>缺少 Debian 软件源密钥环 {keyring}。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="294"/>
        <source>Install the debian-archive-keyring package.</source>
        <translation>请安装 debian-archive-keyring 软件包。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="298"/>
        <source>No http(s) Debian mirror for {suite} found in {etc}/sources.list(.d).</source>
        <translation>在 {etc}/sources.list(.d) 中找不到 {suite} 的 http(s) Debian 镜像。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="301"/>
        <source>Add the Debian {suite} archive to apt&apos;s sources; the lab builds crash from Debian {source_suite}&apos;s source package on the same mirror.</source>
        <translation>请将 Debian {suite} 软件源加入 apt 的源列表；实验室会从同一镜像上 Debian {source_suite} 的源码包构建 crash。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="384"/>
        <source>Looking up crash in Debian {suite}&apos;s source index</source>
        <translation>在 Debian {suite} 的源码索引中查找 crash</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="394"/>
        <source>Debian {suite} no longer offers crash {version} (it has: {versions}).</source>
        <translation>Debian {suite} 已不再提供 crash {version}（现有版本：{versions}）。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="397"/>
        <source>Update VERSION in backends/lab/crashbuild.py and check that our fix still applies.</source>
        <translation>请更新 backends/lab/crashbuild.py 中的 VERSION，并确认我们的补丁仍能应用。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="432"/>
        <source>Unpacking {name}</source>
        <translation>解包 {name}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="439"/>
        <source>{name} does not hold crash&apos;s sources with the bundled gdb tarball.</source>
        <translation>{name} 中没有附带 gdb 源码包的 crash 源代码。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="442"/>
        <source>Debian&apos;s packaging changed: update backends/lab/crashbuild.py.</source>
        <translation>Debian 的打包方式已改变：请更新 backends/lab/crashbuild.py。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="468"/>
        <source>crash {version}: compiling with gdb, ~{percent}% (log: {log})</source>
        <translation>crash {version}：正在连同 gdb 编译，约 {percent}%（日志：{log}）</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="476"/>
        <source>Building crash {version} failed (make exit {code}): {detail}</source>
        <translation>构建 crash {version} 失败（make 退出码 {code}）：{detail}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/crashbuild.py" line="479"/>
        <source>The whole log is in {log}.</source>
        <translation>完整日志见 {log}。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/guest.py" line="37"/>
        <source>Look at the guest&apos;s console log: {log}</source>
        <translation>请查看虚拟机的控制台日志：{log}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/guest.py" line="45"/>
        <source>libvirt-python is not installed.</source>
        <translation>未安装 libvirt-python。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/guest.py" line="46"/>
        <source>Install the project with the libvirt extra: pip install -e &apos;.[libvirt]&apos;.</source>
        <translation>请带 libvirt 附加组件安装本项目：pip install -e &apos;.[libvirt]&apos;。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/guest.py" line="57"/>
        <source>Cannot connect to {uri}: {error}</source>
        <translation>无法连接到 {uri}：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/guest.py" line="58"/>
        <source>Start the lab&apos;s libvirtd first.</source>
        <translation>请先启动实验室的 libvirtd。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/guest.py" line="100"/>
        <source>Making the kdump guest&apos;s dump disk</source>
        <translation>创建 kdump 虚拟机的转储磁盘</translation>
    </message>
    <message>
        <location filename="../../backends/lab/guest.py" line="101"/>
        <source>Install e2fsprogs.</source>
        <translation>请安装 e2fsprogs。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/guest.py" line="136"/>
        <source>Starting the guest {name} failed: {error}</source>
        <translation>启动虚拟机 {name} 失败：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/guest.py" line="139"/>
        <source>Check libvirtd&apos;s log and that qemu-system-x86 is installed.</source>
        <translation>请检查 libvirtd 的日志，并确认已安装 qemu-system-x86。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/guest.py" line="158"/>
        <source>booting {name}</source>
        <translation>正在启动 {name}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/guest.py" line="170"/>
        <source>Guest {name}</source>
        <translation>虚拟机 {name}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/guest.py" line="228"/>
        <source>{guest}: {pattern} did not appear on the console within {timeout:.0f} s. Last output: {tail}</source>
        <translation>{guest}：{timeout:.0f} 秒内控制台上未出现 {pattern}。最后的输出：{tail}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/guest.py" line="252"/>
        <source>Restarting the guest {name} failed: {error}</source>
        <translation>重启虚拟机 {name} 失败：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/guest.py" line="255"/>
        <source>Run `hangdump lab down` and start the lab again.</source>
        <translation>请运行 `hangdump lab down`，然后重新启动实验室。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/guest_ssh.py" line="58"/>
        <source>{what}: the host key does not match the pinned one.</source>
        <translation>{what}：主机密钥与固定的密钥不符。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/guest_ssh.py" line="61"/>
        <source>Rebuild the lab assets (`hangdump lab setup`).</source>
        <translation>请重新构建实验室资源（`hangdump lab setup`）。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/guest_ssh.py" line="67"/>
        <source>{what}: no SSH login within {timeout:.0f} s ({error}).</source>
        <translation>{what}：{timeout:.0f} 秒内无法通过 SSH 登录（{error}）。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/guest_ssh.py" line="70"/>
        <source>Look at the guest&apos;s console log (lab status shows its path).</source>
        <translation>请查看虚拟机的控制台日志（lab status 会显示其路径）。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/initramfs.py" line="51"/>
        <source>Install the lab&apos;s packages: apt-get install {packages}</source>
        <extracomment>Loaded at every boot, in this order (dependencies are added before each). Shipped but left unloaded: tests load them with their own parameters (modprobe).</extracomment>
        <translation>请安装实验室所需的软件包：apt-get install {packages}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/initramfs.py" line="83"/>
        <source>making the guests&apos; SSH keys</source>
        <extracomment>ed25519 private key (OpenSSH format) the guests accept for root the guests&apos; host key, ``ssh-ed25519 AAAA...``</extracomment>
        <translation>正在生成虚拟机的 SSH 密钥</translation>
    </message>
    <message>
        <location filename="../../backends/lab/initramfs.py" line="88"/>
        <source>Making the lab&apos;s SSH client key</source>
        <translation>生成实验室的 SSH 客户端密钥</translation>
    </message>
    <message>
        <location filename="../../backends/lab/initramfs.py" line="92"/>
        <source>practice initramfs</source>
        <translation>练习虚拟机 initramfs</translation>
    </message>
    <message>
        <location filename="../../backends/lab/initramfs.py" line="97"/>
        <source>kdump capture initramfs</source>
        <translation>kdump 捕获 initramfs</translation>
    </message>
    <message>
        <location filename="../../backends/lab/initramfs.py" line="103"/>
        <source>kdump initramfs</source>
        <translation>kdump initramfs</translation>
    </message>
    <message>
        <location filename="../../backends/lab/initramfs.py" line="111"/>
        <source>initramfs images ready</source>
        <translation>initramfs 镜像已就绪</translation>
    </message>
    <message>
        <location filename="../../backends/lab/initramfs.py" line="139"/>
        <source>Making the guests&apos; host key</source>
        <translation>生成虚拟机的主机密钥</translation>
    </message>
    <message>
        <location filename="../../backends/lab/initramfs.py" line="142"/>
        <source>Reading the guests&apos; host key</source>
        <translation>读取虚拟机的主机密钥</translation>
    </message>
    <message>
        <location filename="../../backends/lab/initramfs.py" line="147"/>
        <source>dropbearkey printed no ssh-ed25519 public key.</source>
        <translation>dropbearkey 未输出 ssh-ed25519 公钥。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/initramfs.py" line="201"/>
        <source>busybox-static is not installed.</source>
        <translation>未安装 busybox-static。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/initramfs.py" line="203"/>
        <source>Listing busybox applets</source>
        <translation>列出 busybox 小程序</translation>
    </message>
    <message>
        <location filename="../../backends/lab/initramfs.py" line="214"/>
        <source>{program} is missing on this machine.</source>
        <translation>本机缺少 {program}。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/initramfs.py" line="218"/>
        <source>Listing the libraries of {name}</source>
        <translation>列出 {name} 依赖的库</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kernel.py" line="33"/>
        <source>Run `apt-get update` so apt knows the current Debian kernel packages.</source>
        <extracomment>apt&apos;s package lists; their folder&apos;s mtime changes with every ``apt-get update``.</extracomment>
        <translation>请运行 `apt-get update`，让 apt 获知当前的 Debian 内核软件包。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kernel.py" line="60"/>
        <source>looking up the newest Debian cloud kernel</source>
        <extracomment>``uname -r``, e.g. ``6.1.0-57-cloud-amd64`` Debian package version, e.g. ``6.1.192-3`` the bootable image the debug vmlinux (~570 MB) the unpacked ``lib/modules/&lt;release&gt;`` tree GNU build-id of the vmlinux, hex</extracomment>
        <translation>正在查找最新的 Debian 云内核</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kernel.py" line="67"/>
        <source>kernel {release} ready</source>
        <translation>内核 {release} 已就绪</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kernel.py" line="76"/>
        <source>Looking up Debian kernel packages</source>
        <translation>查找 Debian 内核软件包</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kernel.py" line="95"/>
        <source>No linux-image-{series}-N-{flavour}-dbg package is known to apt.</source>
        <translation>apt 不知道任何 linux-image-{series}-N-{flavour}-dbg 软件包。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kernel.py" line="98"/>
        <source>Run `apt-get update` so apt knows the current Debian kernel packages. The Debian security or main archive must be in the apt sources.</source>
        <translation>请运行 `apt-get update`，让 apt 获知当前的 Debian 内核软件包。apt 源中必须包含 Debian 安全更新源或主软件源。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kernel.py" line="158"/>
        <source>downloading linux-image-{release} and its -dbg package</source>
        <translation>正在下载 linux-image-{release} 及其 -dbg 软件包</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kernel.py" line="170"/>
        <source>Downloading the guest kernel packages</source>
        <translation>下载虚拟机内核软件包</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kernel.py" line="177"/>
        <source>unpacking the kernel image and modules</source>
        <translation>正在解包内核镜像和模块</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kernel.py" line="181"/>
        <source>Unpacking the kernel package</source>
        <translation>解包内核软件包</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kernel.py" line="183"/>
        <source>unpacking the debug vmlinux (~570 MB)</source>
        <translation>正在解包调试 vmlinux（约 570 MB）</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kernel.py" line="192"/>
        <source>The kernel packages for {release} lack {name}.</source>
        <translation>{release} 的内核软件包中缺少 {name}。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kernel.py" line="195"/>
        <source>Report this: Debian&apos;s package layout may have changed.</source>
        <translation>请报告此问题：Debian 的软件包布局可能已改变。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kernel.py" line="225"/>
        <source>apt-get download did not leave exactly one {glob} (found {count}).</source>
        <translation>apt-get download 下载后 {glob} 不是恰好一个（找到 {count} 个）。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kernel.py" line="247"/>
        <source>Extracting {member} from {deb} failed: {error}</source>
        <translation>从 {deb} 中提取 {member} 失败：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kernel.py" line="252"/>
        <source>Check free disk space under ~/.cache (the vmlinux needs ~600 MB).</source>
        <translation>请检查 ~/.cache 下的可用磁盘空间（vmlinux 约需 600 MB）。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kernel.py" line="266"/>
        <source>{path} is not a little-endian ELF64 file.</source>
        <translation>{path} 不是小端序 ELF64 文件。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kernel.py" line="279"/>
        <source>{path} has no GNU build-id note.</source>
        <translation>{path} 中没有 GNU build-id 注记。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kmodules.py" line="47"/>
        <source>Kernel modules depend on each other in a loop: {chain}.</source>
        <translation>内核模块之间存在循环依赖：{chain}。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kmodules.py" line="54"/>
        <source>The guest kernel has no module {name}.</source>
        <translation>虚拟机内核中没有模块 {name}。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kmodules.py" line="55"/>
        <source>Check the kernel flavour in backends/lab/kernel.py.</source>
        <translation>请检查 backends/lab/kernel.py 中的内核类型（flavour）。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/kmodules.py" line="79"/>
        <source>{path} is not an ELF64 kernel module (compressed modules are not read).</source>
        <translation>{path} 不是 ELF64 内核模块（不读取压缩的模块）。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/libvirtd.py" line="68"/>
        <source>libvirtd is not running and only root can start it.</source>
        <translation>libvirtd 未运行，且只有 root 能启动它。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/libvirtd.py" line="69"/>
        <source>Start it (`sudo systemctl start libvirtd`) or run the lab as root.</source>
        <translation>请启动它（`sudo systemctl start libvirtd`），或以 root 身份运行实验室。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/libvirtd.py" line="74"/>
        <source>Starting virtlogd</source>
        <translation>启动 virtlogd</translation>
    </message>
    <message>
        <location filename="../../backends/lab/libvirtd.py" line="78"/>
        <source>Starting libvirtd</source>
        <translation>启动 libvirtd</translation>
    </message>
    <message>
        <location filename="../../backends/lab/libvirtd.py" line="79"/>
        <source>Install libvirt-daemon-system (the README&apos;s set-up command does).</source>
        <translation>请安装 libvirt-daemon-system（README 中的安装命令会安装它）。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/libvirtd.py" line="83"/>
        <source>libvirtd answering on qemu:///system</source>
        <translation>libvirtd 在 qemu:///system 上响应</translation>
    </message>
    <message>
        <location filename="../../backends/lab/process.py" line="41"/>
        <source>{what}: the program {program} is not installed.</source>
        <translation>{what}：未安装程序 {program}。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/process.py" line="45"/>
        <source>Run the set-up command from the README (it installs the lab&apos;s packages).</source>
        <translation>请运行 README 中的安装命令（它会安装实验室所需的软件包）。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/process.py" line="51"/>
        <source>{what}: no answer after {timeout:.0f} s.</source>
        <translation>{what}：{timeout:.0f} 秒后仍无响应。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/process.py" line="60"/>
        <source>{what} failed (exit {code}): {detail}</source>
        <translation>{what} 失败（退出码 {code}）：{detail}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/process.py" line="91"/>
        <source>{what} did not happen within {timeout:.0f} s.</source>
        <translation>等待 {what} 超时（{timeout:.0f} 秒）。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/simulator.py" line="44"/>
        <source>Install golang-go and golang-github-vmware-govmomi-dev (the README&apos;s set-up command does).</source>
        <translation>请安装 golang-go 和 golang-github-vmware-govmomi-dev（README 中的安装命令会安装它们）。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/simulator.py" line="64"/>
        <source>The simulator&apos;s Go source is missing from {path}.</source>
        <extracomment>The simulated VM that stands for the practice guest (map by name, not moref).</extracomment>
        <translation>{path} 中缺少模拟器的 Go 源代码。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/simulator.py" line="67"/>
        <source>Restore resources/lab/simulator from the repository.</source>
        <translation>请从代码仓库恢复 resources/lab/simulator。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/simulator.py" line="81"/>
        <source>The Debian package {package} is not installed.</source>
        <translation>未安装 Debian 软件包 {package}。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/simulator.py" line="90"/>
        <source>Asking Go for its version</source>
        <translation>查询 Go 的版本</translation>
    </message>
    <message>
        <location filename="../../backends/lab/simulator.py" line="121"/>
        <source>compiling the vCenter simulator (Go, about half a minute)</source>
        <translation>正在编译 vCenter 模拟器（Go，约半分钟）</translation>
    </message>
    <message>
        <location filename="../../backends/lab/simulator.py" line="139"/>
        <source>Building the vCenter simulator</source>
        <translation>构建 vCenter 模拟器</translation>
    </message>
    <message>
        <location filename="../../backends/lab/simulator.py" line="149"/>
        <source>vCenter simulator built</source>
        <translation>vCenter 模拟器已构建</translation>
    </message>
    <message>
        <location filename="../../backends/lab/simulator.py" line="230"/>
        <source>Reading the memory size of {domain}</source>
        <translation>读取 {domain} 的内存大小</translation>
    </message>
    <message>
        <location filename="../../backends/lab/simulator.py" line="237"/>
        <source>`virsh dominfo {domain}` shows no memory size.</source>
        <translation>`virsh dominfo {domain}` 没有显示内存大小。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/simulator.py" line="260"/>
        <source>(no log)</source>
        <translation>（无日志）</translation>
    </message>
    <message>
        <location filename="../../backends/lab/simulator.py" line="319"/>
        <source>The vCenter simulator starting</source>
        <translation>vCenter 模拟器启动</translation>
    </message>
    <message>
        <location filename="../../backends/lab/simulator.py" line="320"/>
        <source>Look at {log}.</source>
        <translation>请查看 {log}。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/simulator.py" line="325"/>
        <source>The vCenter simulator exited at start: {log_tail}</source>
        <translation>vCenter 模拟器启动时退出：{log_tail}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/simulator.py" line="328"/>
        <source>Look at {log}; `hangdump lab setup` rebuilds it.</source>
        <translation>请查看 {log}；`hangdump lab setup` 会重新构建它。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/sshd.py" line="60"/>
        <source>Generating the SSH key {name}</source>
        <translation>生成 SSH 密钥 {name}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/sshd.py" line="61"/>
        <source>Install openssh-client (the README&apos;s set-up command does).</source>
        <translation>请安装 openssh-client（README 中的安装命令会安装它）。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/sshd.py" line="72"/>
        <source>The lab run folder lies below {path}, which other users can write to; sshd would refuse its authorized keys.</source>
        <translation>实验室运行文件夹位于 {path} 之下，而其他用户可以写入该位置；sshd 会拒绝其中的授权密钥。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/sshd.py" line="77"/>
        <source>Point HANGDUMP_LAB_DIR at a folder only you can write to (the default ~/.cache/hangdump/lab is fine).</source>
        <translation>请将 HANGDUMP_LAB_DIR 指向只有您能写入的文件夹（默认的 ~/.cache/hangdump/lab 即可）。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/sshd.py" line="110"/>
        <source>Creating the lab account {user}</source>
        <translation>创建实验室账户 {user}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/sshd.py" line="116"/>
        <source>Fixing the lab account {user}</source>
        <translation>修正实验室账户 {user}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/sshd.py" line="125"/>
        <source>Adding {user} to the libvirt group</source>
        <translation>将 {user} 加入 libvirt 组</translation>
    </message>
    <message>
        <location filename="../../backends/lab/sshd.py" line="148"/>
        <source>Setting the password of {user}</source>
        <translation>正在设置 {user} 的密码</translation>
    </message>
    <message>
        <location filename="../../backends/lab/sshd.py" line="149"/>
        <source>Install the passwd package (the README&apos;s set-up command does).</source>
        <translation>请安装 passwd 软件包（README 中的安装命令会安装它）。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/sshd.py" line="269"/>
        <source>The lab&apos;s sshd needs root (it logs in two accounts, one of them the dedicated {user}).</source>
        <translation>实验室的 sshd 需要 root 权限（它要登录两个账户，其中一个是专用账户 {user}）。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/sshd.py" line="274"/>
        <source>Run the lab as root.</source>
        <translation>请以 root 身份运行实验室。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/sshd.py" line="299"/>
        <source>Checking the lab sshd configuration</source>
        <translation>检查实验室 sshd 配置</translation>
    </message>
    <message>
        <location filename="../../backends/lab/sshd.py" line="300"/>
        <source>See {path}; openssh-server must be installed.</source>
        <translation>请查看 {path}；必须安装 openssh-server。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/sshd.py" line="308"/>
        <source>The lab sshd exited right after starting: {detail}</source>
        <translation>实验室 sshd 启动后立即退出：{detail}</translation>
    </message>
    <message>
        <location filename="../../backends/lab/sshd.py" line="311"/>
        <location filename="../../backends/lab/sshd.py" line="320"/>
        <source>See {path}.</source>
        <translation>请查看 {path}。</translation>
    </message>
    <message>
        <location filename="../../backends/lab/sshd.py" line="319"/>
        <source>The lab sshd accepting connections</source>
        <translation>实验室 sshd 接受连接</translation>
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
    <name>Libvirt</name>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="52"/>
        <source>libvirt-python is not installed here, so qemu:// connections are unavailable.</source>
        <translation>本机未安装 libvirt-python，因此无法使用 qemu:// 连接。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="56"/>
        <source>Use virsh+ssh://user@host (runs virsh on the host over SSH), or install libvirt-python (pip install &apos;hangdump[libvirt]&apos;, needs libvirt&apos;s headers).</source>
        <translation>请使用 virsh+ssh://user@host（通过 SSH 在主机上运行 virsh），或安装 libvirt-python（pip install &apos;hangdump[libvirt]&apos;，需要 libvirt 的头文件）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="104"/>
        <source>Cannot connect to {uri}</source>
        <translation>无法连接到 {uri}</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="110"/>
        <source>{intro}: on the host, {helper} said: {message}</source>
        <translation>{intro}：主机上的 {helper} 报告：{message}</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="113"/>
        <source>Check that libvirtd (or virtqemud) runs on the host and that this SSH user may use it.</source>
        <translation>请确认主机上的 libvirtd（或 virtqemud）正在运行，且此 SSH 用户有权使用它。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="142"/>
        <source>{intro}: access denied ({message}).</source>
        <translation>{intro}：访问被拒绝（{message}）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="145"/>
        <source>This needs read-write libvirt access. On RHV/oVirt hosts libvirt is protected by SASL (VDSM&apos;s account); use those credentials, or ask the host&apos;s administrator.</source>
        <translation>此操作需要 libvirt 读写权限。在 RHV/oVirt 主机上，libvirt 受 SASL（VDSM 的账户）保护；请使用该凭据，或联系主机管理员。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="154"/>
        <source>{intro}: the VM no longer exists ({message}).</source>
        <translation>{intro}：该虚拟机已不存在（{message}）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="157"/>
        <source>Refresh the inventory.</source>
        <translation>请刷新清单。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="159"/>
        <source>{intro}: {message}.</source>
        <translation>{intro}：{message}。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="161"/>
        <location filename="../../backends/hypervisors/virsh_ssh.py" line="137"/>
        <source>Check that the VM is running.</source>
        <translation>请确认虚拟机正在运行。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="165"/>
        <source>Check that libvirtd runs on the host and that you may use it.</source>
        <translation>请确认主机上的 libvirtd 正在运行，且您有权使用它。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="169"/>
        <source>See the host&apos;s libvirt log for details.</source>
        <translation>详情请查看主机上的 libvirt 日志。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="221"/>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="227"/>
        <location filename="../../backends/hypervisors/virsh_ssh.py" line="174"/>
        <source>reading domains</source>
        <translation>正在读取域</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="229"/>
        <source>Cannot list the domains</source>
        <translation>无法列出域</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="237"/>
        <source>Cannot find {vm} ({id})</source>
        <translation>找不到 {vm}（{id}）</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="251"/>
        <location filename="../../backends/hypervisors/virsh_ssh.py" line="187"/>
        <source>libvirt hosts use a memory-only dump.</source>
        <translation>libvirt 主机使用仅内存转储。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="264"/>
        <source>The NMI to {vm} failed</source>
        <translation>向 {vm} 发送 NMI 失败</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="280"/>
        <location filename="../../backends/hypervisors/virsh_ssh.py" line="208"/>
        <source>Unknown dump format {format}.</source>
        <translation>未知的转储格式 {format}。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="281"/>
        <source>Use one of: {formats}.</source>
        <translation>请使用以下格式之一：{formats}。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="317"/>
        <location filename="../../backends/hypervisors/virsh_ssh.py" line="250"/>
        <source>dumping {vm} memory</source>
        <translation>正在转储 {vm} 的内存</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="325"/>
        <location filename="../../backends/hypervisors/virsh_ssh.py" line="259"/>
        <source>The memory dump of {vm} failed</source>
        <translation>{vm} 的内存转储失败</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="337"/>
        <source>The dump {path} cannot be read here: {error}.</source>
        <translation>本机无法读取转储 {path}：{error}。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="340"/>
        <source>Run HangDump as a user who may read libvirt&apos;s dump folder.</source>
        <translation>请以有权读取 libvirt 转储目录的用户身份运行 HangDump。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="371"/>
        <source>No SSH access to the host is configured.</source>
        <translation>未配置到该主机的 SSH 访问。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="372"/>
        <source>Connect with qemu+ssh://user@host/system.</source>
        <translation>请使用 qemu+ssh://user@host/system 连接。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="393"/>
        <source>Cannot remove {path}: {error}.</source>
        <translation>无法删除 {path}：{error}。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_api.py" line="396"/>
        <location filename="../../backends/hypervisors/virsh_ssh.py" line="299"/>
        <source>Remove it by hand on the host.</source>
        <translation>请在主机上手动删除。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/virsh_ssh.py" line="86"/>
        <source>virsh is not installed on {host}.</source>
        <translation>{host} 上未安装 virsh。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/virsh_ssh.py" line="87"/>
        <source>Install libvirt-clients (Debian/Ubuntu) or libvirt-client (RHEL).</source>
        <translation>请安装 libvirt-clients（Debian/Ubuntu）或 libvirt-client（RHEL）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/virsh_ssh.py" line="94"/>
        <source>virsh on {host} cannot reach libvirt</source>
        <translation>{host} 上的 virsh 无法连接 libvirt</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/virsh_ssh.py" line="112"/>
        <source>virsh {command} failed</source>
        <translation>virsh {command} 失败</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/virsh_ssh.py" line="119"/>
        <source>{intro}: {message}</source>
        <translation>{intro}：{message}</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/virsh_ssh.py" line="120"/>
        <source>no message</source>
        <translation>无消息</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/virsh_ssh.py" line="125"/>
        <source>libvirt refused read-write access. On RHV/oVirt hosts libvirt is protected by SASL (VDSM&apos;s account): run as a user allowed to use it, or ask the host&apos;s administrator.</source>
        <translation>libvirt 拒绝了读写访问。在 RHV/oVirt 主机上，libvirt 受 SASL（VDSM 的账户）保护：请以有权使用它的用户身份运行，或联系主机管理员。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/virsh_ssh.py" line="134"/>
        <source>Refresh the inventory: the VM is gone.</source>
        <translation>请刷新清单：该虚拟机已不存在。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/virsh_ssh.py" line="140"/>
        <source>Run virsh on {host} to see more.</source>
        <translation>请在 {host} 上运行 virsh 查看详情。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/virsh_ssh.py" line="209"/>
        <source>Use kdump-zlib or elf.</source>
        <translation>请使用 kdump-zlib 或 elf。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/virsh_ssh.py" line="258"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/virsh_ssh.py" line="296"/>
        <source>Cannot remove {path} on {host}: {error}</source>
        <translation>无法删除 {host} 上的 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_tunnel.py" line="99"/>
        <source>{host} has no virt-ssh-helper, which a libvirt {path} connection over SSH needs.</source>
        <extracomment>the system daemon&apos;s socket (libvirtd, or virtproxyd on hosts with modular daemons) bytes per read in each direction SSH channel window: a large RPC reply is never throttled by it Prints ``name&lt;TAB&gt;path[&lt;TAB&gt;flag]`` for each usable helper, best first. For ``nc`` it keeps only builds that can reach a UNIX socket (``-U``: OpenBSD netcat, nmap-ncat) and, like libvirt&apos;s own ssh transport, adds ``-q0`` where nc otherwise waits forever after its input ends (Debian&apos;s netcat-openbsd). ``virt-ssh-helper``, ``socat`` or ``nc``</extracomment>
        <translation>{host} 上没有 virt-ssh-helper，而通过 SSH 建立 libvirt {path} 连接需要它。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_tunnel.py" line="103"/>
        <source>Install libvirt 6.9 or later on the host (package libvirt-daemon or libvirt-clients), or connect to qemu+ssh://user@host/system.</source>
        <translation>请在主机上安装 libvirt 6.9 或更高版本（软件包 libvirt-daemon 或 libvirt-clients），或改为连接 qemu+ssh://user@host/system。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_tunnel.py" line="110"/>
        <source>{host} has nothing that can carry libvirt over SSH: neither virt-ssh-helper, nor socat, nor an nc that reaches UNIX sockets.</source>
        <translation>{host} 上没有可通过 SSH 承载 libvirt 连接的程序：既没有 virt-ssh-helper，也没有 socat，也没有支持 UNIX 套接字的 nc。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_tunnel.py" line="115"/>
        <source>Install libvirt-daemon/libvirt-clients 6.9 or later (virt-ssh-helper), or netcat (nmap-ncat or netcat-openbsd) or socat on the host; or connect with virsh+ssh://user@host, which runs virsh there.</source>
        <translation>请在主机上安装 libvirt-daemon/libvirt-clients 6.9 或更高版本（提供 virt-ssh-helper），或安装 netcat（nmap-ncat 或 netcat-openbsd）或 socat；也可以改用 virsh+ssh://user@host 连接，它在主机上运行 virsh。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_tunnel.py" line="246"/>
        <source>qemu+ssh:// connections need UNIX sockets on this computer.</source>
        <extracomment>what the helper said when it failed (shown when libvirt cannot connect) what it said when it ended after libvirt had hung up</extracomment>
        <translation>qemu+ssh:// 连接需要本机支持 UNIX 套接字。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/libvirt_tunnel.py" line="247"/>
        <source>Connect with virsh+ssh://user@host instead.</source>
        <translation>请改用 virsh+ssh://user@host 连接。</translation>
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
        <location filename="../../gui/window_ops.py" line="209"/>
        <source>HangDump shows the new language after a restart. Restart now?</source>
        <translation>HangDump 需要重新启动才能显示新的语言。现在重新启动吗？</translation>
    </message>
    <message>
        <location filename="../../gui/window_ops.py" line="214"/>
        <source>%n task(s) still running will be stopped. Queued transfers continue where they were after the restart.</source>
        <translation>仍在运行的 %n 个任务将被停止。排队中的传输会在重新启动后从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../gui/window_ops.py" line="223"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../gui/window_ops.py" line="229"/>
        <source>Restart now</source>
        <translation>立即重新启动</translation>
    </message>
    <message>
        <location filename="../../gui/window_ops.py" line="232"/>
        <source>Later</source>
        <translation>稍后</translation>
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
        <location filename="../../gui/wizards/prepare_wizard.py" line="229"/>
        <source>Prepare guest</source>
        <translation>准备虚拟机</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../backends/profiles.py" line="53"/>
        <source>The connection has no name.</source>
        <extracomment>SSH private key file (empty: agent and ~/.ssh keys) extra known_hosts files a PEM file handed over out of band (pinned on first use) VM id -&gt; guest SSH address (``user@host:port``) for Prepare guest and the vmcore SSH key for the guests (empty: the profile&apos;s identity) the SSH kinds log in with a password (from the keyring, or asked each time)</extracomment>
        <translation>该连接没有名称。</translation>
    </message>
    <message>
        <location filename="../../backends/profiles.py" line="54"/>
        <source>Give it a short name.</source>
        <translation>请为其起一个简短的名称。</translation>
    </message>
    <message>
        <location filename="../../backends/profiles.py" line="82"/>
        <source>The connection list {path} cannot be read: {error}.</source>
        <translation>无法读取连接列表 {path}：{error}。</translation>
    </message>
    <message>
        <location filename="../../backends/profiles.py" line="85"/>
        <source>Fix or remove that file; HangDump recreates it when you save a connection.</source>
        <translation>请修复或删除该文件；保存连接时 HangDump 会重新创建它。</translation>
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
    <name>Readiness</name>
    <message>
        <location filename="../../backends/readiness/apply.py" line="54"/>
        <location filename="../../backends/readiness/kdumptest.py" line="80"/>
        <source>exit status {status}</source>
        <translation>退出状态 {status}</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/apply.py" line="65"/>
        <source>{program} is not installed on {guest}; nothing was changed.</source>
        <translation>{guest} 上未安装 {program}；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/apply.py" line="68"/>
        <source>Install it (or its package) on the guest, then run the fix again.</source>
        <translation>请在虚拟机上安装它（或其所在的软件包），然后重新运行修复。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/apply.py" line="77"/>
        <source>{dir} on {guest} is read-only ({error}); nothing was changed.</source>
        <translation>{guest} 上的 {dir} 是只读的（{error}）；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/apply.py" line="80"/>
        <source>Remount it read-write (or fix its permissions) and run the fix again.</source>
        <translation>请将其重新挂载为可读写（或修正其权限），然后重新运行修复。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/apply.py" line="86"/>
        <source>{dir} on {guest} is not writable ({error}); nothing was changed.</source>
        <translation>{guest} 上的 {dir} 不可写（{error}）；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/apply.py" line="89"/>
        <source>Check the permissions and free space of that directory.</source>
        <translation>请检查该目录的权限和可用空间。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/apply.py" line="111"/>
        <source>`{command}` failed on {guest}: {error}.</source>
        <translation>`{command}` 在 {guest} 上失败：{error}。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/apply.py" line="117"/>
        <source>Undid {count} earlier step(s).</source>
        <translation>已撤销之前的 {count} 个步骤。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/apply.py" line="122"/>
        <source>Could not undo: {commands}.</source>
        <translation>无法撤销：{commands}。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/apply.py" line="127"/>
        <source>Fix the cause on the guest and run the fix again.</source>
        <translation>请在虚拟机上排除原因，然后重新运行修复。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/fixes.py" line="52"/>
        <source>set kernel.unknown_nmi_panic and kernel.panic_on_unrecovered_nmi to 1, now and at every boot ({file})</source>
        <translation>将 kernel.unknown_nmi_panic 和 kernel.panic_on_unrecovered_nmi 设为 1，立即生效且每次启动时生效（{file}）</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/fixes.py" line="74"/>
        <source>optional: panic on hung tasks and soft lockups, so kdump saves a dump without an NMI</source>
        <translation>可选：在任务挂起和软锁死时触发 panic，这样无需 NMI 也能由 kdump 保存转储</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/fixes.py" line="88"/>
        <source>install {packages}</source>
        <translation>安装 {packages}</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/fixes.py" line="97"/>
        <source>enable the {service} service and start it now (it loads the capture kernel)</source>
        <translation>启用 {service} 服务并立即启动（它负责加载捕获内核）</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/fixes.py" line="109"/>
        <source>restart {service} so it loads the capture kernel</source>
        <translation>重启 {service}，使其加载捕获内核</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/fixes.py" line="146"/>
        <source>reserve memory for the capture kernel ({args}) from the next boot; reboot the guest when convenient (HangDump does not reboot it)</source>
        <translation>从下次启动起为捕获内核预留内存（{args}）；请在方便时重启虚拟机（HangDump 不会替您重启）</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="19"/>
        <source>When the hypervisor sends an NMI to a hung VM, the kernel panics instead of printing a warning and carrying on; the panic starts kdump, which saves the memory.</source>
        <translation>当虚拟化平台向挂起的虚拟机发送 NMI 时，内核会 panic，而不是打印一条警告后继续运行；panic 会启动 kdump，由它保存内存。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="24"/>
        <source>Some hypervisors deliver the NMI as an &apos;unrecovered&apos; hardware NMI; with this set the kernel panics on those too, so the dump is taken either way.</source>
        <translation>有些虚拟化平台将 NMI 作为“不可恢复”的硬件 NMI 发送；设置此项后内核对这类 NMI 也会 panic，因此无论哪种情况都能得到转储。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="43"/>
        <source>Distribution</source>
        <translation>发行版</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="44"/>
        <source>The guest has no /etc/os-release; HangDump cannot tell which commands fix it, so it only reads.</source>
        <translation>虚拟机上没有 /etc/os-release；HangDump 无法判断该用哪些命令修复，因此只读取。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="52"/>
        <source>The lab&apos;s busybox practice guest: kernel settings are checked and fixed; packages, services and the bootloader are not (it has none).</source>
        <translation>实验室的 busybox 练习虚拟机：会检查并修复内核设置；软件包、服务和引导程序不检查（它没有这些）。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="58"/>
        <source>HangDump does not know this distribution; it reads what it can and offers no package, service or bootloader fixes.</source>
        <translation>HangDump 不认识此发行版；它会尽量读取信息，但不提供软件包、服务或引导程序方面的修复。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="64"/>
        <source>HangDump knows how kdump is installed and configured on this distribution.</source>
        <translation>HangDump 了解此发行版上 kdump 的安装与配置方式。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="71"/>
        <source>Distribution: {label} ({key})</source>
        <translation>发行版：{label}（{key}）</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="86"/>
        <source>Kernel release</source>
        <translation>内核版本</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="87"/>
        <source>uname -r gave no answer.</source>
        <translation>uname -r 没有返回结果。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="93"/>
        <source>Kernel {release}</source>
        <translation>内核 {release}</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="94"/>
        <source>The running kernel; a dump can only be read with the debug symbols of exactly this build.</source>
        <translation>正在运行的内核；只有与此构建完全一致的调试符号才能读取转储。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="112"/>
        <source>{error}. {why}</source>
        <translation>{error}。{why}</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="113"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="124"/>
        <source>{key} = {value} (should be 1)</source>
        <translation>{key} = {value}（应为 1）</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="144"/>
        <source>{key} = {value} in {file}</source>
        <translation>{file} 中的 {key} = {value}</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="152"/>
        <source>The NMI settings survive a reboot</source>
        <translation>NMI 设置在重启后仍然有效</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="153"/>
        <source>Set at boot by the sysctl configuration ({where}).</source>
        <translation>启动时由 sysctl 配置设置（{where}）。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="159"/>
        <source>{keys} is not set to 1 in /etc/sysctl.d or /etc/sysctl.conf (found: {where}); after the next reboot the guest would ignore an NMI again.</source>
        <translation>{keys} 在 /etc/sysctl.d 或 /etc/sysctl.conf 中未设为 1（找到：{where}）；下次重启后虚拟机将再次忽略 NMI。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="165"/>
        <source>{keys} is not set to 1 in /etc/sysctl.d or /etc/sysctl.conf; after the next reboot the guest would ignore an NMI again.</source>
        <translation>{keys} 在 /etc/sysctl.d 或 /etc/sysctl.conf 中未设为 1；下次重启后虚拟机将再次忽略 NMI。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="173"/>
        <source>The NMI settings are not persistent</source>
        <translation>NMI 设置未持久化</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="187"/>
        <source>Panic on hung tasks / soft lockups</source>
        <translation>任务挂起 / 软锁死时 panic</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="188"/>
        <source>The kernel does not expose these settings.</source>
        <translation>内核未提供这些设置。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="196"/>
        <source>Automatic panic on hangs: {keys}</source>
        <translation>挂起时自动 panic：{keys}</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="197"/>
        <source>The kernel panics by itself on these hangs, so kdump saves a dump even when nobody sends an NMI.</source>
        <translation>发生这些挂起时内核会自行 panic，因此即使没有人发送 NMI，kdump 也会保存转储。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="208"/>
        <source>Optional: no automatic panic on hung tasks or soft lockups</source>
        <translation>可选：任务挂起或软锁死时不会自动 panic</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="209"/>
        <source>Optional advice. With kernel.hung_task_panic=1 and kernel.softlockup_panic=1 the kernel panics (and kdump saves a dump) on its own when a task is stuck or a CPU locks up. It also reboots a production VM on such events, so decide with its owner; --fix does not apply this.</source>
        <translation>可选建议。设置 kernel.hung_task_panic=1 和 kernel.softlockup_panic=1 后，当任务卡住或 CPU 锁死时内核会自行 panic（并由 kdump 保存转储）。但这也会让生产虚拟机在此类事件中重启，请与其负责人商定；--fix 不会应用此项。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="231"/>
        <source>Crash kernel memory reserved: {size} MiB</source>
        <translation>已预留崩溃内核内存：{size} MiB</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="234"/>
        <source>The kernel set memory aside for the capture kernel ({args}).</source>
        <translation>内核已为捕获内核预留内存（{args}）。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="244"/>
        <source>Crash kernel memory</source>
        <translation>崩溃内核内存</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="245"/>
        <source>/sys/kernel/kexec_crash_size cannot be read (kernel without kexec?).</source>
        <translation>无法读取 /sys/kernel/kexec_crash_size（内核不支持 kexec？）。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="252"/>
        <source>The command line asks for {args} but nothing was reserved: the size is too large for this VM&apos;s memory, or its syntax is wrong.</source>
        <translation>命令行要求 {args}，但未预留任何内存：大小超出了此虚拟机的内存，或语法有误。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="258"/>
        <source>No crashkernel= on the kernel command line, so no memory is set aside for the capture kernel and kdump cannot work.</source>
        <translation>内核命令行中没有 crashkernel=，因此没有为捕获内核预留内存，kdump 无法工作。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="266"/>
        <source>The boot command line of this guest is fixed by whoever boots it.</source>
        <translation>此虚拟机的启动命令行由引导它的一方决定。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="272"/>
        <source>The fix changes the bootloader and needs a reboot.</source>
        <translation>修复会更改引导程序，需要重启。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="274"/>
        <source>No crash kernel memory reserved</source>
        <translation>未预留崩溃内核内存</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="287"/>
        <source>Capture kernel loaded</source>
        <translation>捕获内核已加载</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="288"/>
        <source>A panic will boot the capture kernel, which saves the memory.</source>
        <translation>panic 时会启动捕获内核，由它保存内存。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="295"/>
        <source>Capture kernel</source>
        <translation>捕获内核</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="296"/>
        <source>/sys/kernel/kexec_crash_loaded cannot be read.</source>
        <translation>无法读取 /sys/kernel/kexec_crash_loaded。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="300"/>
        <source>No capture kernel is loaded: a panic would just stop or reboot the VM, no dump.</source>
        <translation>未加载捕获内核：panic 只会让虚拟机停止或重启，不会产生转储。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="308"/>
        <source>Reserve crash kernel memory first (see crashkernel_reserved).</source>
        <translation>请先预留崩溃内核内存（见 crashkernel_reserved）。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="310"/>
        <source>Capture kernel not loaded</source>
        <translation>捕获内核未加载</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="320"/>
        <source>kdump packages</source>
        <translation>kdump 软件包</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="321"/>
        <source>No package manager HangDump knows on this guest; not checked.</source>
        <translation>此虚拟机上没有 HangDump 认识的软件包管理器；未检查。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="327"/>
        <source>kdump packages installed</source>
        <translation>kdump 软件包已安装</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="332"/>
        <source>Missing: {packages}</source>
        <translation>缺少：{packages}</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="333"/>
        <source>These packages load the capture kernel and save the dump.</source>
        <translation>这些软件包负责加载捕获内核并保存转储。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="345"/>
        <location filename="../../backends/readiness/items.py" line="355"/>
        <source>kdump service</source>
        <translation>kdump 服务</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="346"/>
        <source>This guest has no kdump service HangDump knows; not checked.</source>
        <translation>此虚拟机上没有 HangDump 认识的 kdump 服务；未检查。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="356"/>
        <source>systemctl is not available on this guest; not checked.</source>
        <translation>此虚拟机上没有 systemctl；未检查。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="364"/>
        <source>{service} is active and enabled</source>
        <translation>{service} 已启用且处于活动状态</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="367"/>
        <source>It loads the capture kernel at every boot.</source>
        <translation>它会在每次启动时加载捕获内核。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="373"/>
        <source>{service} is not ready: {active}, {enabled}</source>
        <translation>{service} 未就绪：{active}，{enabled}</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/distro.py" line="77"/>
        <location filename="../../backends/readiness/items.py" line="375"/>
        <location filename="../../backends/readiness/items.py" line="376"/>
        <source>unknown</source>
        <extracomment>RHEL 9 / Fedora default crash kernel sizes by RAM (what kdumpctl proposes). rhel, fedora, debian, suse, openeuler, practice, unknown what os-release calls it, e.g. &quot;Rocky Linux 9.4 (Blue Onyx)&quot; &quot;rpm&quot; or &quot;dpkg&quot; what must be installed for kdump argv prefix that installs packages the systemd unit that loads the capture kernel the kdump tool&apos;s own status report kdump.conf | kdump-tools | sysconfig</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/items.py" line="378"/>
        <source>The kdump service must be enabled (loaded at every boot) and active (loaded now).</source>
        <translation>kdump 服务必须已启用（每次启动时加载）且处于活动状态（当前已加载）。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/dump_items.py" line="20"/>
        <source>Dump target: {kind} {target}</source>
        <translation>转储目标：{kind} {target}</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/dump_items.py" line="23"/>
        <source>The dump goes to a remote or raw target; check its free space there.</source>
        <translation>转储写入远程或裸设备目标；请在目标处检查其可用空间。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/dump_items.py" line="32"/>
        <source>Dump target: {target}</source>
        <translation>转储目标：{target}</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/dump_items.py" line="33"/>
        <source>The dump goes to {target} (not mounted here); check its space.</source>
        <translation>转储写入 {target}（当前未挂载）；请检查其空间。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/dump_items.py" line="44"/>
        <source>Dump target {path}</source>
        <translation>转储目标 {path}</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/dump_items.py" line="45"/>
        <source>The free space of the dump directory could not be read.</source>
        <translation>无法读取转储目录的可用空间。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/dump_items.py" line="49"/>
        <source>{path}: {free} MiB free, RAM {mem} MiB</source>
        <translation>{path}：可用 {free} MiB，内存 {mem} MiB</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/dump_items.py" line="53"/>
        <source>Enough room for a dump of all memory.</source>
        <translation>空间足以保存全部内存的转储。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/dump_items.py" line="60"/>
        <source>Less free space than RAM. makedumpfile ({collector}) leaves out free and cache pages, which usually fits, but a busy VM may not.</source>
        <translation>可用空间小于内存。makedumpfile（{collector}）会略去空闲页和缓存页，通常放得下，但繁忙的虚拟机可能放不下。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/dump_items.py" line="71"/>
        <source>Not enough free space for a dump: free space on that file system or point the dump to a larger one.</source>
        <translation>可用空间不足以保存转储：请清理该文件系统上的空间，或将转储指向更大的文件系统。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/dump_items.py" line="91"/>
        <source>Debug symbols</source>
        <translation>调试符号</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/dump_items.py" line="92"/>
        <source>The debuginfo lookup is not available in this build.</source>
        <translation>此版本不提供 debuginfo 查找功能。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/dump_items.py" line="100"/>
        <source>Debug symbols: no known source</source>
        <translation>调试符号：没有已知来源</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/dump_items.py" line="101"/>
        <source>No known distribution pattern in the kernel release; find the vmlinux by the dump&apos;s build-id (debuginfod) or ask who built this kernel.</source>
        <translation>内核版本号不符合任何已知发行版的格式；请按转储的 build-id 查找 vmlinux（debuginfod），或询问此内核的构建者。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/dump_items.py" line="110"/>
        <source>Install {package} on the analysis machine to read dumps of this kernel; it is at {where} (vmlinux: {vmlinux}).</source>
        <translation>请在分析机上安装 {package} 以读取此内核的转储；可从 {where} 获取（vmlinux：{vmlinux}）。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/dump_items.py" line="116"/>
        <source>Install {package} on the analysis machine to read dumps of this kernel (vmlinux: {vmlinux}).</source>
        <translation>请在分析机上安装 {package} 以读取此内核的转储（vmlinux：{vmlinux}）。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/dump_items.py" line="124"/>
        <source>Debug symbols: {package} ({label})</source>
        <translation>调试符号：{package}（{label}）</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/kdumptest.py" line="42"/>
        <source>The typed name {typed} is not the guest&apos;s host {host}; nothing was done.</source>
        <translation>输入的名称 {typed} 不是该虚拟机的主机名 {host}；未执行任何操作。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/kdumptest.py" line="46"/>
        <source>Type the host name exactly to confirm that this guest may be crashed.</source>
        <translation>请准确输入主机名，以确认可以让此虚拟机崩溃。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/kdumptest.py" line="54"/>
        <source>No capture kernel is loaded on {guest}: a crash now would only stop it, without a dump. Nothing was done.</source>
        <translation>{guest} 上未加载捕获内核：现在崩溃只会让它停止，不会产生转储。未执行任何操作。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/kdumptest.py" line="59"/>
        <source>Run `hangdump prepare --fix` and reboot if it asks, then test again.</source>
        <translation>请运行 `hangdump prepare --fix`，如有提示则重启，然后再次测试。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/kdumptest.py" line="66"/>
        <source>crashing {guest} (sysrq c)</source>
        <translation>正在让 {guest} 崩溃（sysrq c）</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/kdumptest.py" line="84"/>
        <source>{guest} did not crash: {error}.</source>
        <translation>{guest} 没有崩溃：{error}。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/kdumptest.py" line="87"/>
        <source>sysrq may be disabled or restricted on this guest (kernel.sysrq).</source>
        <translation>此虚拟机上的 sysrq 可能被禁用或受限（kernel.sysrq）。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/kdumptest.py" line="92"/>
        <source>{guest} crashed; waiting up to {wait:.0f} s for it to come back</source>
        <translation>{guest} 已崩溃；最多等待 {wait:.0f} 秒让它恢复</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/kdumptest.py" line="100"/>
        <source>{guest} crashed but did not answer SSH again within {wait:.0f} s.</source>
        <translation>{guest} 已崩溃，但在 {wait:.0f} 秒内没有再次响应 SSH。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/kdumptest.py" line="103"/>
        <source>Look at its console: the capture kernel may still be saving the dump.</source>
        <translation>请查看其控制台：捕获内核可能仍在保存转储。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/runner.py" line="59"/>
        <source>sudo is not installed on {host}, and {user} is not root.</source>
        <extracomment>Root&apos;s tools live in sbin; a plain user&apos;s PATH often lacks them.</extracomment>
        <translation>{host} 上未安装 sudo，且 {user} 不是 root。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/runner.py" line="62"/>
        <source>Log in as root (user root@host), or ask the guest&apos;s administrator to install sudo and allow this user to use it.</source>
        <translation>请以 root 登录（用户 root@host），或请虚拟机管理员安装 sudo 并允许此用户使用。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/runner.py" line="70"/>
        <source>{user} has no sudo rights on {host}; nothing was changed.</source>
        <translation>{user} 在 {host} 上没有 sudo 权限；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/runner.py" line="73"/>
        <source>Log in as root or as a user allowed to run sudo (a member of wheel or sudo).</source>
        <translation>请以 root 或允许使用 sudo 的用户（wheel 或 sudo 组成员）登录。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/runner.py" line="80"/>
        <source>sudo on {host} did not accept the password of {user}; nothing was changed.</source>
        <translation>{host} 上的 sudo 不接受 {user} 的密码；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/runner.py" line="84"/>
        <source>Check the password (HANGDUMP_PASSWORD or the keyring) and try again.</source>
        <translation>请检查密码（HANGDUMP_PASSWORD 或密钥环）后重试。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/runner.py" line="90"/>
        <source>sudo on {host} needs the password of {user}.</source>
        <translation>{host} 上的 sudo 需要 {user} 的密码。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/runner.py" line="93"/>
        <source>Set HANGDUMP_PASSWORD, store it in the keyring, or run on a terminal to be asked.</source>
        <translation>请设置 HANGDUMP_PASSWORD、将密码存入密钥环，或在终端中运行以便询问密码。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/runner.py" line="100"/>
        <source>sudo on {host} is configured to require a terminal (Defaults requiretty).</source>
        <translation>{host} 上的 sudo 配置为必须使用终端（Defaults requiretty）。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/runner.py" line="104"/>
        <source>Log in as root, or remove &apos;Defaults requiretty&apos; for this user in /etc/sudoers.</source>
        <translation>请以 root 登录，或在 /etc/sudoers 中为此用户去掉 &apos;Defaults requiretty&apos;。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/runner.py" line="114"/>
        <source>sudo on {host} failed: {error}.</source>
        <translation>{host} 上的 sudo 失败：{error}。</translation>
    </message>
    <message>
        <location filename="../../backends/readiness/runner.py" line="117"/>
        <source>Log in as root, or check sudo on the guest.</source>
        <translation>请以 root 登录，或检查虚拟机上的 sudo。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../backends/report.py" line="51"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="64"/>
        <source>(no files)</source>
        <translation>（无文件）</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="66"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="67"/>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="69"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="81"/>
        <source>(the dump was not identified yet)</source>
        <translation>（尚未识别转储）</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="85"/>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="86"/>
        <source>kernel release</source>
        <translation>内核版本</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="87"/>
        <source>found in</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="89"/>
        <source>KASLR offset</source>
        <translation>KASLR 偏移</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="91"/>
        <source>distribution</source>
        <translation>发行版</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="94"/>
        <source>debuginfo package</source>
        <translation>调试信息包</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="95"/>
        <source>vmlinux path</source>
        <translation>vmlinux 路径</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="96"/>
        <source>where to get it</source>
        <translation>获取途径</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="103"/>
        <source>(no triage yet)</source>
        <translation>（尚未进行自动分析）</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="112"/>
        <source>(nothing found)</source>
        <translation>（未发现问题）</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="117"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="119"/>
        <source>time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="120"/>
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="121"/>
        <source>phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="122"/>
        <source>details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="147"/>
        <source>case folder</source>
        <translation>案例文件夹</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="148"/>
        <source>created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="149"/>
        <source>capture</source>
        <translation>采集方式</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="150"/>
        <source>connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="151"/>
        <source>VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="152"/>
        <source>VM id</source>
        <translation>虚拟机 ID</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="153"/>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="154"/>
        <source>people</source>
        <translation>相关人员</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="184"/>
        <source>The zip cannot be written inside the case folder it contains.</source>
        <translation>不能把 zip 写到它所打包的案例文件夹内。</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="185"/>
        <source>Choose a folder outside the case.</source>
        <translation>请选择案例之外的文件夹。</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="199"/>
        <source>The zip {path} could not be written: {error}.</source>
        <translation>无法写入 zip 文件 {path}：{error}。</translation>
    </message>
    <message>
        <location filename="../../backends/report.py" line="202"/>
        <source>Check the free space and permissions of that folder.</source>
        <translation>请检查该文件夹的可用空间和权限。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="274"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="279"/>
        <source>Open the case folder</source>
        <translation>打开案例文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="289"/>
        <source>Case folder: {0}</source>
        <translation>案例文件夹：{0}</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="161"/>
        <location filename="../../gui/wizards/capture_pages.py" line="197"/>
        <source>Working</source>
        <translation>正在执行</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="174"/>
        <source>No, keep it</source>
        <translation>不，保留</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="176"/>
        <source>Cancel this step</source>
        <translation>取消此步骤</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="207"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="211"/>
        <source>Yes: {0}</source>
        <translation>是：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="212"/>
        <source>Waiting for your answer below.</source>
        <translation>请在下方作出选择。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="222"/>
        <source>{0} failed</source>
        <translation>{0} 失败</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="226"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="239"/>
        <source>Stopped: {0}</source>
        <translation>已停止：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/capture_pages.py" line="249"/>
        <source>Done; {0} was skipped.</source>
        <translation>完成；已跳过“{0}”。</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <location filename="../../backends/selftest_report.py" line="75"/>
        <source>bundle</source>
        <extracomment>English, as ``--json`` prints it ``summary`` and ``hint`` in the user&apos;s language (empty: the same as the English)</extracomment>
        <translation>安装包</translation>
    </message>
    <message>
        <location filename="../../backends/selftest_report.py" line="75"/>
        <source>source tree</source>
        <translation>源码目录</translation>
    </message>
    <message>
        <location filename="../../backends/selftest_report.py" line="78"/>
        <source>HangDump {version} self-test ({kind}, {platform})</source>
        <translation>HangDump {version} 自检（{kind}，{platform}）</translation>
    </message>
    <message>
        <location filename="../../backends/selftest_report.py" line="85"/>
        <source>hint: {hint}</source>
        <translation>提示：{hint}</translation>
    </message>
    <message>
        <location filename="../../backends/selftest_report.py" line="88"/>
        <source>=&gt; this installation is usable ({seconds:.1f} s)</source>
        <translation>=&gt; 此安装可以使用（{seconds:.1f} 秒）</translation>
    </message>
    <message>
        <location filename="../../backends/selftest_report.py" line="90"/>
        <source>=&gt; this installation is NOT usable ({seconds:.1f} s)</source>
        <translation>=&gt; 此安装无法使用（{seconds:.1f} 秒）</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="75"/>
        <source>only {count} modules of {package} were found</source>
        <extracomment>Modules whose absence disables one feature instead of breaking the application: libvirt-python (no wheels; virsh over SSH serves instead), POSIX-only modules used by the Linux-only lab and local crash console, and the optional drgn. Resource files the window and the CLI need; a bundle without them is broken. Lab assets (Linux only): the simulator&apos;s Go source, guest scripts, ESXi stand-ins. The child that checks Qt: ``python -m gui.selftest`` from source; in a bundle the entry script (installer/hangdump_entry.py) dispatches this first argument to it.</extracomment>
        <translation>只找到 {package} 的 {count} 个模块</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="76"/>
        <source>The bundle lacks the package&apos;s modules: rebuild it with installer/hangdump.spec.</source>
        <translation>安装包缺少该包的模块：请用 installer/hangdump.spec 重新构建。</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="88"/>
        <source>{failed} of {count} {package} modules fail to import: {modules}</source>
        <translation>{count} 个 {package} 模块中有 {failed} 个无法导入：{modules}</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="91"/>
        <source>Reinstall HangDump; from a source tree, pip install -e . again.</source>
        <translation>请重新安装 HangDump；若从源码目录运行，请再次执行 pip install -e .。</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="104"/>
        <source>{imported} of {count} {package} modules imported; {skipped} need an optional library: {modules}</source>
        <translation>已导入 {count} 个 {package} 模块中的 {imported} 个；{skipped} 个需要可选库：{modules}</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="109"/>
        <source>Those features are unavailable here; the rest works.</source>
        <translation>这些功能在此不可用；其余功能正常。</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="120"/>
        <source>all {count} {package} modules imported</source>
        <translation>已导入全部 {count} 个 {package} 模块</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="184"/>
        <source>{name} does not load: {error}</source>
        <translation>{name} 无法加载：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="185"/>
        <source>Reinstall HangDump.</source>
        <translation>请重新安装 HangDump。</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="195"/>
        <source>libvirt-python is not available: libvirt hosts are reached with virsh over SSH (virsh+ssh://user@host)</source>
        <translation>libvirt-python 不可用：将通过 SSH 使用 virsh 访问 libvirt 主机（virsh+ssh://user@host）</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="200"/>
        <source>On Linux, pip install libvirt-python (needs libvirt-dev) to use qemu:/// and qemu+ssh:// connections directly.</source>
        <translation>在 Linux 上，执行 pip install libvirt-python（需要 libvirt-dev）即可直接使用 qemu:/// 和 qemu+ssh:// 连接。</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="213"/>
        <source>no usable password store ({detail}): passwords are asked each time</source>
        <translation>没有可用的密码存储（{detail}）：每次都会询问密码</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="217"/>
        <source>On Linux, a Secret Service (GNOME Keyring, KWallet) stores passwords.</source>
        <translation>在 Linux 上，可由 Secret Service（GNOME Keyring、KWallet）保存密码。</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="228"/>
        <source>{name} loads</source>
        <translation>{name} 可以加载</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="242"/>
        <source>missing under {root}: {files}</source>
        <translation>{root} 下缺少：{files}</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="243"/>
        <source>Reinstall HangDump (the bundle is incomplete).</source>
        <translation>请重新安装 HangDump（安装包不完整）。</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="252"/>
        <source>the practice lab&apos;s files are missing: {files}</source>
        <translation>缺少练习实验室的文件：{files}</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="253"/>
        <source>hangdump lab needs them; everything else works.</source>
        <translation>hangdump lab 需要这些文件；其他功能均正常。</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="260"/>
        <source>resources in {root}</source>
        <translation>资源文件位于 {root}</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="280"/>
        <source>cannot write the per-user data folder: {error}</source>
        <translation>无法写入用户数据文件夹：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="281"/>
        <source>Set HANGDUMP_DATA_DIR to a writable folder.</source>
        <translation>请将 HANGDUMP_DATA_DIR 设为可写的文件夹。</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="285"/>
        <source>per-user data in {path}</source>
        <translation>用户数据位于 {path}</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="299"/>
        <source>the crash back end does not load: {error}</source>
        <translation>crash 后端无法加载：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="300"/>
        <location filename="../../backends/selftest.py" line="376"/>
        <source>Reinstall.</source>
        <translation>请重新安装。</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="307"/>
        <source>{message} Dumps can still be captured, fetched and identified here.</source>
        <translation>{message} 在本机仍可采集、获取和识别转储。</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="322"/>
        <source>unknown version</source>
        <translation>未知版本</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="325"/>
        <source>crash {version} at {path} is older than needed for current kernels</source>
        <translation>{path} 处的 crash {version} 版本过旧，无法用于当前的内核</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="337"/>
        <source>crash {version} at {path}</source>
        <translation>crash {version}，位于 {path}</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="375"/>
        <source>the Qt self-test did not finish: {error}</source>
        <translation>Qt 自检未完成：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="389"/>
        <source>the Qt self-test exited with status {status}: {tail}</source>
        <translation>Qt 自检退出，状态码 {status}：{tail}</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="392"/>
        <source>On Linux, Qt needs libxcb-cursor0, libegl1 and libxkbcommon-x11-0; reinstall HangDump otherwise.</source>
        <translation>在 Linux 上，Qt 需要 libxcb-cursor0、libegl1 和 libxkbcommon-x11-0；否则请重新安装 HangDump。</translation>
    </message>
    <message>
        <location filename="../../backends/selftest.py" line="414"/>
        <source>the Qt self-test exited with {status}</source>
        <translation>Qt 自检退出，状态码 {status}</translation>
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
        <source>HangDump restarts to show a new language (it asks first).</source>
        <translation>切换语言需要重新启动 HangDump（会先征得您的同意）。</translation>
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
    <name>Ssh</name>
    <message>
        <location filename="../../backends/sshconn.py" line="44"/>
        <source>{address} is not an SSH address.</source>
        <translation>{address} 不是有效的 SSH 地址。</translation>
    </message>
    <message>
        <location filename="../../backends/sshconn.py" line="45"/>
        <source>Write it as user@host or user@host:port.</source>
        <translation>请写成 user@host 或 user@host:port。</translation>
    </message>
    <message>
        <location filename="../../backends/sshconn.py" line="52"/>
        <source>Port {port} in {address} is out of range.</source>
        <translation>{address} 中的端口 {port} 超出范围。</translation>
    </message>
    <message>
        <location filename="../../backends/sshconn.py" line="55"/>
        <source>Use 1-65535.</source>
        <translation>请使用 1-65535。</translation>
    </message>
    <message>
        <location filename="../../backends/sshconn.py" line="99"/>
        <source>The known-hosts file {path} cannot be read: {error}</source>
        <translation>无法读取 known-hosts 文件 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/sshconn.py" line="102"/>
        <source>Fix or remove the broken line in that file.</source>
        <translation>请修复或删除该文件中的损坏行。</translation>
    </message>
    <message>
        <location filename="../../backends/sshconn.py" line="129"/>
        <source>SSH login as {user} on {where} was refused.</source>
        <translation>以 {user} 身份登录 {where} 的 SSH 被拒绝。</translation>
    </message>
    <message>
        <location filename="../../backends/sshconn.py" line="132"/>
        <source>Check the user name and the key or password (HANGDUMP_SSH_KEY / --identity).</source>
        <translation>请检查用户名以及密钥或密码（HANGDUMP_SSH_KEY / --identity）。</translation>
    </message>
    <message>
        <location filename="../../backends/sshconn.py" line="140"/>
        <source>{where} did not answer within {timeout:.0f} s.</source>
        <translation>{where} 在 {timeout:.0f} 秒内没有响应。</translation>
    </message>
    <message>
        <location filename="../../backends/sshconn.py" line="143"/>
        <source>Check the address, the VPN and any firewall in between.</source>
        <translation>请检查地址、VPN 以及中间的防火墙。</translation>
    </message>
    <message>
        <location filename="../../backends/sshconn.py" line="148"/>
        <source>The host name {host} cannot be resolved.</source>
        <translation>无法解析主机名 {host}。</translation>
    </message>
    <message>
        <location filename="../../backends/sshconn.py" line="151"/>
        <source>Check the spelling, or use the IP address.</source>
        <translation>请检查拼写，或改用 IP 地址。</translation>
    </message>
    <message>
        <location filename="../../backends/sshconn.py" line="158"/>
        <source>Cannot connect to SSH on {where}: {error}.</source>
        <translation>无法连接到 {where} 上的 SSH：{error}。</translation>
    </message>
    <message>
        <location filename="../../backends/sshconn.py" line="161"/>
        <source>Check that the host is up and that sshd listens on that port.</source>
        <translation>请确认主机已启动，且 sshd 在该端口上监听。</translation>
    </message>
    <message>
        <location filename="../../backends/sshconn.py" line="168"/>
        <source>HangDump has no SSH key or password to log in as {user} on {where}.</source>
        <translation>HangDump 没有可用于以 {user} 身份登录 {where} 的 SSH 密钥或密码。</translation>
    </message>
    <message>
        <location filename="../../backends/sshconn.py" line="171"/>
        <source>Choose the SSH key (--identity, or the connection&apos;s SSH key), or log in with a password (--ssh-password, or type it in the connection dialog).</source>
        <translation>请选择 SSH 密钥（--identity，或连接中的 SSH 密钥），或使用密码登录（--ssh-password，或在连接对话框中输入密码）。</translation>
    </message>
    <message>
        <location filename="../../backends/sshconn.py" line="178"/>
        <source>The SSH session with {where} failed: {error}.</source>
        <translation>与 {where} 的 SSH 会话失败：{error}。</translation>
    </message>
    <message>
        <location filename="../../backends/sshconn.py" line="181"/>
        <source>Try again; if it persists, check the server&apos;s sshd log.</source>
        <translation>请重试；如果问题仍然存在，请检查服务器的 sshd 日志。</translation>
    </message>
    <message>
        <location filename="../../backends/sshconn.py" line="237"/>
        <source>The remote command {command} did not finish within {timeout:.0f} s.</source>
        <translation>远程命令 {command} 未在 {timeout:.0f} 秒内完成。</translation>
    </message>
    <message>
        <location filename="../../backends/sshconn.py" line="240"/>
        <source>The host may be overloaded; try again.</source>
        <translation>主机可能负载过高；请重试。</translation>
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
        <location filename="../../gui/transfer_panel.py" line="49"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_panel.py" line="50"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_panel.py" line="51"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_panel.py" line="52"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../gui/transfer_panel.py" line="53"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../../backends/transfers/download.py" line="65"/>
        <source>Not enough space in {folder}: {need} needed, {free} free. The partial download was kept.</source>
        <extracomment>reconnect-and-resume attempts per range after a dropped connection report at least every MiB (consumers throttle) seconds between progress records in NAME.part.json workers publish progress every MiB</extracomment>
        <translation>{folder} 空间不足：需要 {need}，可用 {free}。已保留未完成的下载。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/download.py" line="70"/>
        <source>Free some space (or choose another folder) and resume the download.</source>
        <translation>请释放一些空间（或选择其他文件夹），然后继续下载。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/download.py" line="154"/>
        <source>The connection for {source} dropped {attempts} times; the partial file was kept.</source>
        <translation>{source} 的连接已断开 {attempts} 次；已保留未完成的文件。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/download.py" line="159"/>
        <source>Check the network, then resume the download.</source>
        <translation>请检查网络，然后继续下载。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/download.py" line="260"/>
        <source>{dest} already exists; it was not overwritten.</source>
        <translation>{dest} 已存在，未覆盖。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/download.py" line="263"/>
        <source>Choose another destination, or allow overwriting.</source>
        <translation>请选择其他目标位置，或允许覆盖。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/download.py" line="269"/>
        <source>Cannot create {folder}: {reason}.</source>
        <translation>无法创建 {folder}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/download.py" line="272"/>
        <source>Choose a folder you can write to.</source>
        <translation>请选择一个有写入权限的文件夹。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/download.py" line="369"/>
        <source>The copy of {source} does not match the original (SHA-256 {here}... here, {there}... there). It was deleted.</source>
        <translation>{source} 的副本与原文件不一致（本地 SHA-256 为 {here}...，远端为 {there}...），已删除该副本。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/download.py" line="374"/>
        <source>Download it again; if this repeats, the storage or the network corrupts data.</source>
        <translation>请重新下载；如果反复出现，说明存储或网络损坏了数据。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/download.py" line="388"/>
        <source>{source}: verified</source>
        <translation>{source}：已校验</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="31"/>
        <source>queued</source>
        <extracomment>How a state reads in a job&apos;s log and messages (the state itself stays English).</extracomment>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="32"/>
        <source>running</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="33"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="34"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="35"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="36"/>
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="37"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="135"/>
        <source>There is no transfer number {job}.</source>
        <extracomment>``resolve(job) -&gt; Source``: turns a stored job into a live source (credentials are never stored in the queue; the resolver asks the keyring or the user).</extracomment>
        <translation>没有编号为 {job} 的传输。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="136"/>
        <source>Refresh the list.</source>
        <translation>请刷新列表。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="181"/>
        <source>{dest} is already being downloaded (transfer {job}).</source>
        <translation>{dest} 已在下载中（传输 {job}）。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="184"/>
        <source>Wait for it, or cancel it first.</source>
        <translation>请等待其完成，或先取消它。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="195"/>
        <source>queued {source} -&gt; {dest}</source>
        <translation>已加入队列：{source} -&gt; {dest}</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="263"/>
        <source>The transfer of {source} stopped: {reason}.</source>
        <translation>{source} 的传输已停止：{reason}。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="266"/>
        <source>Resume it in the transfer panel, then run the capture&apos;s collection again.</source>
        <translation>请在传输面板中继续该传输，然后重新运行采集的收集步骤。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="323"/>
        <source>failed: {error}</source>
        <translation>失败：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="325"/>
        <source>unexpected: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="329"/>
        <source>failed unexpectedly: {error}</source>
        <translation>意外失败：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="342"/>
        <source>SHA-256 matches the source&apos;s</source>
        <translation>SHA-256 与源文件一致</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="344"/>
        <source>size checked</source>
        <translation>已核对大小</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/queue.py" line="348"/>
        <source>{state}: {size} bytes, sha256 {sha256} ({how})</source>
        <translation>{state}：{size} 字节，sha256 {sha256}（{how}）</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/resolve.py" line="21"/>
        <source>{url} is not an sftp:// address.</source>
        <translation>{url} 不是 sftp:// 地址。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/resolve.py" line="22"/>
        <source>Write it as sftp://user@host[:port]/path/to/file.</source>
        <translation>请写成 sftp://user@host[:port]/path/to/file。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/resolve.py" line="32"/>
        <source>{url} names no file.</source>
        <translation>{url} 没有指定文件。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/resolve.py" line="33"/>
        <source>Give the full path of the file.</source>
        <translation>请给出文件的完整路径。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/resolve.py" line="55"/>
        <source>SFTP needs an SSH connection.</source>
        <translation>SFTP 需要 SSH 连接。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/resolve.py" line="56"/>
        <source>Run this from the CLI or window.</source>
        <translation>请在命令行或窗口中运行。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/resolve.py" line="73"/>
        <source>{text} is a datastore path.</source>
        <translation>{text} 是数据存储路径。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/resolve.py" line="74"/>
        <source>Give the vSphere connection too: --connection vsphere://user@host.</source>
        <translation>请同时给出 vSphere 连接：--connection vsphere://user@host。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/resolve.py" line="80"/>
        <source>{text}: this kind of address is not supported.</source>
        <translation>{text}：不支持这种地址。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/resolve.py" line="83"/>
        <source>Use sftp://, https://, a datastore path or a local file.</source>
        <translation>请使用 sftp://、https://、数据存储路径或本地文件。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="73"/>
        <source>{source} changed during the download (size {before} -&gt; {after}). The partial file was not mixed with the new content.</source>
        <extracomment>Errors that mean &quot;the connection dropped&quot;: reconnect and resume. A session that was cut while idle shows up as any of these. seconds; 0 when the protocol does not say</extracomment>
        <translation>{source} 在下载期间发生了变化（大小 {before} -&gt; {after}）。未完成的文件没有与新内容混合。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="78"/>
        <source>If the file is still being written (a vmcore being saved), wait until it is complete, then start the download again.</source>
        <translation>如果文件仍在写入（例如正在保存的 vmcore），请等它写完，再重新开始下载。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="114"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="117"/>
        <source>Check the path and your permissions.</source>
        <translation>请检查路径和您的权限。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="180"/>
        <source>{source} does not exist.</source>
        <extracomment>paramiko&apos;s request size: reading exactly that avoids re-slicing buffers concurrent requests; unlimited makes a cancel take seconds bytes prefetched at a time (bounds memory per stream) parallel connections for a large file (measured best on 2 cores)</extracomment>
        <translation>{source} 不存在。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="181"/>
        <source>Check the path (for kdump: ls /var/crash on the guest).</source>
        <translation>请检查路径（kdump 的转储：在虚拟机上运行 ls /var/crash）。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="185"/>
        <source>Permission denied reading {source}.</source>
        <translation>没有读取 {source} 的权限。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="188"/>
        <source>Log in as a user who can read it (often root).</source>
        <translation>请以能读取它的用户（通常是 root）登录。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="267"/>
        <source>{url} is not an https:// address.</source>
        <translation>{url} 不是 https:// 地址。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="268"/>
        <source>Use an https:// URL.</source>
        <translation>请使用 https:// URL。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="284"/>
        <source>The server refused access to {source} ({status}).</source>
        <translation>服务器拒绝访问 {source}（{status}）。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="287"/>
        <source>The session may have expired: reconnect and try again.</source>
        <translation>会话可能已过期：请重新连接后重试。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="292"/>
        <source>{source} was not found on the server (404).</source>
        <translation>服务器上找不到 {source}（404）。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="295"/>
        <source>Check the datastore path and the datacenter.</source>
        <translation>请检查数据存储路径和数据中心。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="304"/>
        <location filename="../../backends/transfers/sources.py" line="341"/>
        <source>The server answered {status} for {source}.</source>
        <translation>服务器对 {source} 返回了 {status}。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="307"/>
        <location filename="../../backends/transfers/sources.py" line="344"/>
        <source>Try again later.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="312"/>
        <source>The server did not say how large {source} is.</source>
        <translation>服务器没有告知 {source} 的大小。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="315"/>
        <source>This server cannot be used for verified downloads.</source>
        <translation>无法从此服务器进行带校验的下载。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="334"/>
        <source>The server cannot resume {source} (HTTP {status}).</source>
        <translation>服务器无法续传 {source}（HTTP {status}）。</translation>
    </message>
    <message>
        <location filename="../../backends/transfers/sources.py" line="337"/>
        <source>Delete the .part file to start over.</source>
        <translation>请删除 .part 文件后从头开始。</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <location filename="../../backends/triage/engine.py" line="55"/>
        <source>Kernel:  {release}</source>
        <extracomment>The first-look batch (reference, section 7). The log is bounded: the tail holds the panic and the latest watchdog reports, and a multi-MB log would only slow us.</extracomment>
        <translation>内核：{release}</translation>
    </message>
    <message>
        <location filename="../../backends/triage/engine.py" line="56"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../backends/triage/engine.py" line="58"/>
        <source>Panic:   {panic}</source>
        <translation>Panic：{panic}</translation>
    </message>
    <message>
        <location filename="../../backends/triage/engine.py" line="59"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../backends/triage/engine.py" line="68"/>
        <source>note: {error}</source>
        <translation>注意：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/triage/engine.py" line="112"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="97"/>
        <source>; </source>
        <extracomment>A task in D state this long is &quot;hung&quot; even when the log says nothing (the kernel&apos;s own hung_task_timeout_secs default is 120 s; a shorter one in the log wins).</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="102"/>
        <source>, not run for {seconds:.1f} s</source>
        <translation>，{seconds:.1f} 秒未运行</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="106"/>
        <source>stack not available</source>
        <translation>无调用栈</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="149"/>
        <source>The kernel panicked on purpose after an NMI (reason {reason} on CPU {cpu}: an NMI nobody claimed, as the hypervisor sends it), because unknown_nmi_panic / panic_on_unrecovered_nmi is set. That is how a dump is taken from a hung guest: the other findings say why it hung.</source>
        <translation>内核在收到 NMI 后主动 panic（CPU {cpu} 上的 reason {reason}：一个无人认领的 NMI，正是虚拟化平台发送的那种），因为设置了 unknown_nmi_panic / panic_on_unrecovered_nmi。这正是从挂起的客户机获取转储的方式：其他发现说明了它为何挂起。</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="157"/>
        <source>The kernel panicked on purpose after an NMI, because unknown_nmi_panic / panic_on_unrecovered_nmi is set. That is how a dump is taken from a hung guest: the other findings say why it hung.</source>
        <translation>内核在收到 NMI 后主动 panic，因为设置了 unknown_nmi_panic / panic_on_unrecovered_nmi。这正是从挂起的客户机获取转储的方式：其他发现说明了它为何挂起。</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="164"/>
        <source>The kernel panicked: {panic}.</source>
        <translation>内核 panic：{panic}。</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="171"/>
        <source>hard lockup</source>
        <translation>硬锁死</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="172"/>
        <source>soft lockup</source>
        <translation>软锁死</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="173"/>
        <source>hung task</source>
        <translation>任务挂起</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="174"/>
        <source>rcu stall</source>
        <translation>RCU 停滞</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="175"/>
        <source>oom</source>
        <translation>内存耗尽（OOM）</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="177"/>
        <source>The kernel panicked because of a {kind}: {panic}.</source>
        <translation>内核因{kind}而 panic：{panic}。</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="193"/>
        <source>CPU {cpu} ran {task} for {seconds} s without yielding</source>
        <translation>CPU {cpu} 运行 {task} 达 {seconds} 秒而未让出</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="201"/>
        <source>Soft lockup: {details}. Code looping in the kernel with preemption off starves everything else on that CPU.</source>
        <translation>软锁死：{details}。内核中关闭抢占后循环的代码会让该 CPU 上的其他一切都得不到运行。</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="218"/>
        <source>Hard lockup on CPU {cpus}: interrupts stayed off so long that the NMI watchdog fired (a spinning lock or a stuck device driver is typical).</source>
        <translation>CPU {cpus} 上发生硬锁死：中断关闭时间过长，触发了 NMI watchdog（典型原因是自旋锁或卡住的设备驱动）。</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="234"/>
        <source>RCU stall reported {count} time(s): a CPU or task did not pass a quiescent state for a long time (often a CPU stuck with interrupts or preemption off, or a starved RCU kthread).</source>
        <translation>报告了 {count} 次 RCU 停滞：某个 CPU 或任务长时间未经过静止状态（常见原因是 CPU 在关闭中断或抢占的状态下卡住，或 RCU 内核线程得不到运行）。</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="251"/>
        <source>Memory ran out: the OOM killer ran {count} time(s) (invoked by {invoker}) and killed {killed}.</source>
        <translation>内存耗尽：OOM killer 运行了 {count} 次（由 {invoker} 触发），并杀死了 {killed}。</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="257"/>
        <source>Memory ran out: the OOM killer ran {count} time(s) (invoked by {invoker}).</source>
        <translation>内存耗尽：OOM killer 运行了 {count} 次（由 {invoker} 触发）。</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="262"/>
        <source>Memory ran out: the OOM killer ran {count} time(s) and killed {killed}.</source>
        <translation>内存耗尽：OOM killer 运行了 {count} 次，并杀死了 {killed}。</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="266"/>
        <source>Memory ran out: the OOM killer ran {count} time(s).</source>
        <translation>内存耗尽：OOM killer 运行了 {count} 次。</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="301"/>
        <source>an unknown place</source>
        <translation>未知位置</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="304"/>
        <source>{tasks} waiting in {function}</source>
        <translation>{tasks} 在 {function} 中等待</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="314"/>
        <source>{count} task(s) stuck in uninterruptible sleep (D state) for up to {seconds} s: {where}.</source>
        <translation>{count} 个任务卡在不可中断睡眠（D 状态）中，最长 {seconds} 秒：{where}。</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="348"/>
        <source>{count} task(s) wait for block I/O ({functions})</source>
        <translation>{count} 个任务在等待块 I/O（{functions}）</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="353"/>
        <source>{disk} {total} (read {read}, write {write})</source>
        <translation>{disk} {total}（读 {read}，写 {write}）</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="355"/>
        <source>requests in flight: {disks}</source>
        <translation>处理中的请求：{disks}</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="364"/>
        <source>{count} I/O error message(s) in the log</source>
        <translation>日志中有 {count} 条 I/O 错误消息</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="369"/>
        <source>dev -d: {disk} in flight {total} (read {read}, write {write})</source>
        <translation>dev -d：{disk} 处理中 {total}（读 {read}，写 {write}）</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="379"/>
        <source>I/O is stuck: {details}. The storage below these tasks (disk, controller, path or the hypervisor&apos;s datastore) stopped completing requests.</source>
        <translation>I/O 卡住了：{details}。这些任务下层的存储（磁盘、控制器、路径或虚拟化平台的数据存储）不再完成请求。</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="391"/>
        <source>{task} waits for a {lock} held by {owner}</source>
        <translation>{task} 在等待 {owner} 持有的 {lock}</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="403"/>
        <source>{count} task(s) wait for a sleeping lock ({functions})</source>
        <translation>{count} 个任务在等待睡眠锁（{functions}）</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="405"/>
        <source>{count} task(s) wait for a sleeping lock</source>
        <translation>{count} 个任务在等待睡眠锁</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="408"/>
        <source>{summary}; owners: {owners}.</source>
        <translation>{summary}；持有者：{owners}。</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="412"/>
        <source>{summary}; the owner is not in the log (look at the owner&apos;s stack with `struct mutex &lt;addr&gt;` / `bt &lt;owner pid&gt;`).</source>
        <translation>{summary}；日志中没有持有者（请用 `struct mutex &lt;addr&gt;` / `bt &lt;owner pid&gt;` 查看持有者的调用栈）。</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="443"/>
        <source>No panic, lockup, hung task, RCU stall or OOM was found. The kernel panicked: {panic}.</source>
        <translation>未发现 panic、锁死、挂起任务、RCU 停滞或 OOM。内核 panic：{panic}。</translation>
    </message>
    <message>
        <location filename="../../backends/triage/findings.py" line="448"/>
        <source>No panic, lockup, hung task, RCU stall or OOM was found. The dump looks like a healthy system.</source>
        <translation>未发现 panic、锁死、挂起任务、RCU 停滞或 OOM。转储看起来是一个健康的系统。</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <location filename="../../backends/trust/ssh.py" line="40"/>
        <source>{key_type} {bits} bits, {fingerprint}</source>
        <extracomment>e.g. ssh-ed25519 the key blob, base64</extracomment>
        <translation>{key_type} {bits} 位，{fingerprint}</translation>
    </message>
    <message>
        <location filename="../../backends/trust/ssh.py" line="50"/>
        <source>The SSH server {server} is not known yet. Its host key is {key}.</source>
        <translation>尚不认识 SSH 服务器 {server}。其主机密钥为 {key}。</translation>
    </message>
    <message>
        <location filename="../../backends/trust/ssh.py" line="53"/>
        <source>Compare this fingerprint with the one the server&apos;s administrator gives you (`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the server) and accept it only if they match.</source>
        <translation>请将此指纹与服务器管理员提供的指纹（在服务器上运行 `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub`）进行比对，完全一致时才接受。</translation>
    </message>
    <message>
        <location filename="../../backends/trust/ssh.py" line="68"/>
        <source>The host key of {server} has CHANGED: it now presents {key}, not the key on record ({expected}). Someone may be intercepting the connection.</source>
        <translation>{server} 的主机密钥已改变：现在提供的是 {key}，而不是记录中的密钥（{expected}）。可能有人在拦截连接。</translation>
    </message>
    <message>
        <location filename="../../backends/trust/ssh.py" line="73"/>
        <source>Do not continue. If the server was really reinstalled, confirm the new fingerprint with its administrator, then remove the old entry (`ssh-keygen -R &apos;{server}&apos; -f {known_hosts}`).</source>
        <translation>请勿继续。如果服务器确实已重装，请先与其管理员确认新指纹，然后删除旧条目（`ssh-keygen -R &apos;{server}&apos; -f {known_hosts}`）。</translation>
    </message>
    <message>
        <location filename="../../backends/trust/tls.py" line="50"/>
        <source>The certificate of {host}:{port} is not trusted by this computer ({reason}). Its SHA-256 fingerprint is {fingerprint}.</source>
        <translation>{host}:{port} 的证书未受本机信任（{reason}）。其 SHA-256 指纹为 {fingerprint}。</translation>
    </message>
    <message>
        <location filename="../../backends/trust/tls.py" line="55"/>
        <source>Compare it with the fingerprint shown on the server (vCenter: Administration &gt; Certificates; ESXi: the host client&apos;s certificate page) and accept it only if they match.</source>
        <translation>请将其与服务器上显示的指纹（vCenter：“系统管理 &gt; 证书”；ESXi：Host Client 的证书页面）进行比对，完全一致时才接受。</translation>
    </message>
    <message>
        <location filename="../../backends/trust/tls.py" line="68"/>
        <source>The certificate of {host}:{port} has CHANGED since you accepted it (now {fingerprint}, accepted {accepted}). Someone may be intercepting the connection.</source>
        <translation>{host}:{port} 的证书自您接受以来已改变（现在为 {fingerprint}，接受时为 {accepted}）。可能有人在拦截连接。</translation>
    </message>
    <message>
        <location filename="../../backends/trust/tls.py" line="79"/>
        <source>Do not continue. If the server&apos;s certificate was really replaced, confirm the new fingerprint with its administrator, then remove {path}.</source>
        <translation>请勿继续。如果服务器证书确实已更换，请先与其管理员确认新指纹，然后删除 {path}。</translation>
    </message>
    <message>
        <location filename="../../backends/trust/tls.py" line="119"/>
        <source>Cannot open a TLS connection to {host}:{port}: {error}.</source>
        <translation>无法与 {host}:{port} 建立 TLS 连接：{error}。</translation>
    </message>
    <message>
        <location filename="../../backends/trust/tls.py" line="122"/>
        <source>Check the address and port, and that the server is up.</source>
        <translation>请检查地址和端口，并确认服务器正在运行。</translation>
    </message>
    <message>
        <location filename="../../backends/trust/tls.py" line="191"/>
        <source>The certificate of {host} is not trusted: {reason}.</source>
        <translation>{host} 的证书不受信任：{reason}。</translation>
    </message>
    <message>
        <location filename="../../backends/trust/tls.py" line="194"/>
        <source>Reconnect to the server to review its certificate.</source>
        <translation>请重新连接服务器以查看其证书。</translation>
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
<context>
    <name>vSphere</name>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="61"/>
        <source>pyvmomi is not installed, so vSphere connections are unavailable.</source>
        <translation>未安装 pyvmomi，无法使用 vSphere 连接。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="64"/>
        <source>Reinstall HangDump with all its parts.</source>
        <translation>请完整重新安装 HangDump（包含所有组件）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi.py" line="65"/>
        <location filename="../../backends/hypervisors/vsphere_files.py" line="26"/>
        <source>{path} is not a datastore path.</source>
        <extracomment>vm-support blocks about a minute before the NMI; a slow host takes longer.</extracomment>
        <translation>{path} 不是数据存储路径。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi.py" line="66"/>
        <location filename="../../backends/hypervisors/vsphere_files.py" line="27"/>
        <source>Write it as &apos;[datastore] dir/file&apos;.</source>
        <translation>请写成 &apos;[datastore] dir/file&apos; 的形式。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="84"/>
        <source>A password is needed for {user} on {host}.</source>
        <translation>需要 {user} 在 {host} 上的密码。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="87"/>
        <source>Save it in the connection profile (OS keyring) or set HANGDUMP_PASSWORD for scripts.</source>
        <translation>请将其保存在连接配置中（系统密钥环），脚本中可设置 HANGDUMP_PASSWORD。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_login.py" line="52"/>
        <source>{host} refused the user name or password of {user}.</source>
        <translation>{host} 拒绝了 {user} 的用户名或密码。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_login.py" line="55"/>
        <source>Check both (vCenter users often look like administrator@vsphere.local).</source>
        <translation>请检查两者（vCenter 用户名通常形如 administrator@vsphere.local）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_login.py" line="62"/>
        <source>{host}:{port} did not answer.</source>
        <translation>{host}:{port} 没有响应。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_login.py" line="65"/>
        <source>Check the address, the VPN and any firewall.</source>
        <translation>请检查地址、VPN 以及防火墙。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_login.py" line="69"/>
        <source>Nothing answers HTTPS on {host}:{port}.</source>
        <translation>{host}:{port} 上没有 HTTPS 服务响应。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_login.py" line="72"/>
        <source>Check the address and port (vCenter and ESXi use 443).</source>
        <translation>请检查地址和端口（vCenter 和 ESXi 使用 443）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_login.py" line="76"/>
        <source>The host name {host} cannot be resolved.</source>
        <translation>无法解析主机名 {host}。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_login.py" line="79"/>
        <source>Check the spelling, or use the IP address.</source>
        <translation>请检查拼写，或改用 IP 地址。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_login.py" line="83"/>
        <source>The TLS connection to {host} failed: {error}.</source>
        <translation>与 {host} 的 TLS 连接失败：{error}。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_login.py" line="86"/>
        <source>The certificate may have changed; reconnect to review it.</source>
        <translation>证书可能已更改；请重新连接以查看该证书。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="181"/>
        <source>reading the inventory</source>
        <translation>正在读取清单</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="185"/>
        <source>{count} VMs</source>
        <translation>{count} 台虚拟机</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="187"/>
        <source>inventory read</source>
        <translation>清单已读取</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="225"/>
        <source>VMware uses a memory snapshot instead.</source>
        <translation>VMware 改用内存快照。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="237"/>
        <source>VirtualMachine.SendNMI (vSphere API)</source>
        <translation>VirtualMachine.SendNMI（vSphere API）</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="241"/>
        <source>{vm} is not powered on; an NMI needs a running VM.</source>
        <translation>{vm} 未开机；NMI 需要正在运行的虚拟机。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="244"/>
        <source>Check the VM&apos;s state.</source>
        <translation>请检查虚拟机的状态。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="248"/>
        <source>{user} may not send an NMI to {vm}.</source>
        <translation>{user} 无权向 {vm} 发送 NMI。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="251"/>
        <source>It needs the privilege VirtualMachine.Interact.GuestControl.</source>
        <translation>这需要 VirtualMachine.Interact.GuestControl 权限。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="261"/>
        <source>SendNMI: this server does not implement it ({fault}).</source>
        <translation>SendNMI：此服务器未实现该方法（{fault}）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="273"/>
        <source>vm-support CGI: {error}</source>
        <translation>vm-support CGI：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="276"/>
        <source>SendNMI unavailable; {detail}</source>
        <translation>SendNMI 不可用；{detail}</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="283"/>
        <source>ESXi shell: {error}</source>
        <translation>ESXi shell：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="285"/>
        <source>SendNMI and the vm-support CGI unavailable; {detail}</source>
        <translation>SendNMI 与 vm-support CGI 均不可用；{detail}</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="290"/>
        <source>Otherwise add SSH access to the ESXi host (esxi+ssh://root@host) so HangDump can use vmdumper, or run `vm-support -a HungVM:Send_NMI_To_Guest --vm={vmx}` there.</source>
        <translation>否则请添加到 ESXi 主机的 SSH 访问（esxi+ssh://root@host），以便 HangDump 使用 vmdumper，或在该主机上运行 `vm-support -a HungVM:Send_NMI_To_Guest --vm={vmx}`。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="298"/>
        <source>No NMI was sent to {vm}. Tried: {tried}</source>
        <translation>未向 {vm} 发送任何 NMI。已尝试：{tried}</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_files.py" line="39"/>
        <source>{what}: done</source>
        <translation>{what}：完成</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_files.py" line="45"/>
        <source>{what} failed: {error}</source>
        <translation>{what}失败：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_files.py" line="46"/>
        <source>See the task in the vSphere client.</source>
        <translation>请在 vSphere Client 中查看该任务。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="324"/>
        <source>memory snapshot</source>
        <translation>内存快照</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_files.py" line="89"/>
        <source>The snapshot&apos;s files are not listed by the server.</source>
        <translation>服务器未列出该快照的文件。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_files.py" line="90"/>
        <source>Look for the .vmsn and .vmem in the VM&apos;s folder on the datastore.</source>
        <translation>请在数据存储上该虚拟机的文件夹中查找 .vmsn 和 .vmem 文件。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="345"/>
        <source>removing the snapshot</source>
        <translation>正在删除快照</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="367"/>
        <source>Several datacenters: which one holds this datastore?</source>
        <translation>存在多个数据中心：哪一个包含此数据存储？</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="368"/>
        <source>Name the VM, or give the datacenter.</source>
        <translation>请指定虚拟机，或给出数据中心。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="427"/>
        <source>{name} ({id}) no longer exists.</source>
        <translation>{name}（{id}）已不存在。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere.py" line="428"/>
        <source>Refresh the inventory.</source>
        <translation>请刷新清单。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi.py" line="141"/>
        <source>locating the host that runs {vm}</source>
        <translation>正在查找运行 {vm} 的主机</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi.py" line="145"/>
        <source>asking for a service ticket for {url}</source>
        <translation>正在申请 {url} 的服务票据</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi.py" line="162"/>
        <source>vm-support {manifest} for {vmx} on {host}: HTTP {status}, {size} bytes</source>
        <translation>{host} 上针对 {vmx} 的 vm-support {manifest}：HTTP {status}，{size} 字节</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi.py" line="186"/>
        <source>Cannot read where {vm} runs: {error}</source>
        <translation>无法读取 {vm} 运行在哪台主机上：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi.py" line="189"/>
        <source>Refresh the inventory and try again.</source>
        <translation>请刷新清单后重试。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi.py" line="201"/>
        <source>vCenter does not say which host runs {vm}.</source>
        <translation>vCenter 没有给出运行 {vm} 的主机。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi.py" line="202"/>
        <source>Check that the VM is running and its host is connected.</source>
        <translation>请确认虚拟机正在运行，且其主机处于已连接状态。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi.py" line="228"/>
        <source>{user} may not run vm-support on the host.</source>
        <translation>{user} 无权在该主机上运行 vm-support。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi.py" line="239"/>
        <source>This server does not issue service tickets ({fault}).</source>
        <translation>此服务器不签发服务票据（{fault}）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi.py" line="242"/>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="271"/>
        <source>Use SSH to the ESXi host instead.</source>
        <translation>请改用 SSH 连接 ESXi 主机。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi.py" line="246"/>
        <source>The server refused a service ticket for vm-support: {error}</source>
        <translation>服务器拒绝签发 vm-support 的服务票据：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="95"/>
        <source>The certificate of {host}:{port} ({sha256}) is not the one vCenter vouches for with the ticket. Someone may be intercepting the connection.</source>
        <extracomment>the URL the ticket is for where to connect (the ticket may name it)</extracomment>
        <translation>{host}:{port} 的证书（{sha256}）不是 vCenter 随票据担保的那一个。可能有人在拦截连接。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="100"/>
        <source>Do not continue; ask the host&apos;s administrator.</source>
        <translation>请不要继续；请联系该主机的管理员。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="109"/>
        <source>The certificate of {host}:{port} cannot be verified ({reason}) and the server sent no thumbprint for it.</source>
        <translation>无法验证 {host}:{port} 的证书（{reason}），且服务器没有提供它的指纹。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="114"/>
        <source>Connect to the ESXi host itself once to review its certificate.</source>
        <translation>请直接连接该 ESXi 主机一次，以核对其证书。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="138"/>
        <source>Cannot reach {host}:{port}: {error}</source>
        <translation>无法连接 {host}:{port}：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="141"/>
        <source>The vm-support CGI needs HTTPS from this computer to the ESXi host; check the address and any firewall.</source>
        <translation>vm-support CGI 需要从本机通过 HTTPS 访问 ESXi 主机；请检查地址以及防火墙。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="157"/>
        <source>Sending the request to {host} failed: {error}</source>
        <translation>向 {host} 发送请求失败：{error}</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="160"/>
        <source>Check the network and try again.</source>
        <translation>请检查网络后重试。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="202"/>
        <source>vm-support on {host} did not finish within {seconds} s; the NMI may still arrive.</source>
        <translation>{host} 上的 vm-support 未在 {seconds} 秒内完成；NMI 仍可能到达。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="212"/>
        <source>vm-support runs on {host} ({seconds} s; the NMI usually arrives within about a minute)</source>
        <translation>vm-support 正在 {host} 上运行（{seconds} 秒；NMI 通常在约一分钟内到达）</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="221"/>
        <source>The connection to {host} broke while vm-support ran ({error}); the NMI may or may not have been sent.</source>
        <translation>vm-support 运行期间与 {host} 的连接中断（{error}）；NMI 可能已发送，也可能没有。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="241"/>
        <source>{host} did not accept the service ticket ({answer}).</source>
        <translation>{host} 不接受该服务票据（{answer}）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="244"/>
        <source>Try again; if it keeps failing, check the host&apos;s clock and its connection to vCenter.</source>
        <translation>请重试；若仍然失败，请检查主机的时钟及其与 vCenter 的连接。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="252"/>
        <source>{host} refused vm-support to {user} ({answer}).</source>
        <translation>{host} 拒绝为 {user} 运行 vm-support（{answer}）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="259"/>
        <source>{host} has no vm-support CGI or no VM at {vmx} ({answer}).</source>
        <translation>{host} 上没有 vm-support CGI，或 {vmx} 处没有虚拟机（{answer}）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="262"/>
        <source>Refresh the inventory: the VM may have moved to another host.</source>
        <translation>请刷新清单：虚拟机可能已迁移到另一台主机。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="268"/>
        <source>{host} refused the vm-support request ({answer}).</source>
        <translation>{host} 拒绝了 vm-support 请求（{answer}）。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="274"/>
        <source>vm-support on {host} failed ({answer}); the NMI may or may not have been sent.</source>
        <translation>{host} 上的 vm-support 失败（{answer}）；NMI 可能已发送，也可能没有。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="292"/>
        <source>Watch the guest&apos;s console before you try again: a second NMI could spoil a crash dump that is being written.</source>
        <translation>重试之前请先查看虚拟机控制台：第二次 NMI 可能会破坏正在写入的崩溃转储。</translation>
    </message>
    <message>
        <location filename="../../backends/hypervisors/vsphere_cgi_http.py" line="300"/>
        <source>vm-support needs the privilege Global.Diagnostics; an administrator can add it to the user&apos;s role (Administration &gt; Access Control &gt; Roles).</source>
        <translation>vm-support 需要 Global.Diagnostics 权限；管理员可以把它加入该用户的角色（系统管理 &gt; 访问控制 &gt; 角色）。</translation>
    </message>
</context>
</TS>
