"""Kernel message patterns (kernel/hung_task.c, watchdog.c, tree_stall.h, oom_kill.c,
arch/x86/kernel/nmi.c), tolerant of prefixes such as ``watchdog: `` or ``rcu: ``."""

from __future__ import annotations

import re

HUNG = re.compile(
    r"INFO: task (?P<comm>.+?):(?P<pid>\d+) blocked for more than (?P<secs>\d+) seconds"
)
BLOCKER = re.compile(
    r"INFO: task (?P<comm>.+?):(?P<pid>\d+) (?:is )?(?:(?P<rw>reader|writer) )?blocked on an? "
    r"(?P<lock>mutex|semaphore|rw-semaphore) likely (?:owned|last held) by task "
    r"(?P<owner>.+?):(?P<opid>\d+)"
)
SOFT = re.compile(
    r"BUG: soft lockup - CPU#(?P<cpu>\d+) stuck for (?P<secs>\d+)s! \[(?P<comm>.+?):(?P<pid>\d+)\]"
)
HARD = re.compile(r"Watchdog detected hard LOCKUP on cpu (?P<cpu>\d+)")
RCU = re.compile(
    r"INFO: (?P<flavour>\S+) (?:self-detected stall on CPU|detected stalls on CPUs/tasks)"
    r"|(?P<flavour2>rcu_\w+) detected stall|\(t=\d+ jiffies g=-?\d+ q=\d+"
)
OOM = re.compile(
    r"(?P<comm>.+?) invoked oom-killer: gfp_mask=(?P<gfp>\S+?),.*order=(?P<order>-?\d+)"
)
OOM_KILL = re.compile(
    r"(?P<why>Out of memory|Memory cgroup out of memory): Kill(?:ed)? process (?P<pid>\d+) "
    r"\((?P<comm>.+?)\)"
)
NMI_UNKNOWN = re.compile(
    r"Uhhuh\. NMI received for unknown reason (?P<reason>\w+) on CPU (?P<cpu>\d+)"
)
NMI_OTHER = re.compile(
    r"NMI IOCK error|NMI: PCI system error|Dazed and confused, but trying to continue"
)
IO_ERROR = re.compile(
    r"blk_update_request: I/O error|I/O error, dev \S+|Buffer I/O error on dev|"
    r"nfs: server \S+ not responding|rejecting I/O to offline device|"
    r"task abort|Aborting journal|EXT4-fs error|XFS .*metadata I/O error"
)

#: panic strings -> kind (checked in order; first match wins)
PANIC_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"hard LOCKUP|Hard LOCKUP", re.I), "hard_lockup"),
    (re.compile(r"softlockup|soft lockup", re.I), "soft_lockup"),
    (re.compile(r"hung_task|blocked tasks"), "hung_task"),
    (re.compile(r"RCU Stall", re.I), "rcu_stall"),
    (re.compile(r"Out of memory|deadlocked on memory|oom", re.I), "oom"),
    (re.compile(r"\bNMI\b"), "nmi_panic"),
)

#: Frames that only say "this task sleeps": the wait is the first frame after them.
SCHEDULER = frozenset(
    {
        "__schedule",
        "schedule",
        "schedule_timeout",
        "schedule_preempt_disabled",
        "schedule_hrtimeout_range_clock",
        "schedule_hrtimeout_range",
        "io_schedule",
        "io_schedule_timeout",
        "__wait_for_common",
        "wait_for_completion",
        "wait_for_completion_io",
        "wait_for_completion_io_timeout",
        "wait_for_completion_timeout",
        "preempt_schedule_common",
        "__cond_resched",
    }
)

#: Frames that mean "waiting for block or file-system I/O".
IO_WAIT = re.compile(
    r"^(io_schedule\w*|blk_mq_get_tag|folio_wait_bit\w*|wait_on_page_bit\w*|__folio_lock\w*|"
    r"__lock_page\w*|__wait_on_buffer|out_of_line_wait_on_bit\w*|jbd2_log_wait_commit|"
    r"jbd2_journal_commit_transaction|xfs_log_force\w*|xfs_buf_iowait|submit_bio_wait|"
    r"blk_execute_rq|wait_for_completion_io\w*|blk_mq_freeze_queue_wait|"
    r"nfs_\w*wait\w*|rpc_wait_bit_killable|folio_wait_writeback|wait_on_page_writeback)$"
)

#: Frames that mean "waiting for a sleeping lock".
LOCK_WAIT = re.compile(
    r"^(__mutex_lock\w*|mutex_lock\w*|rwsem_down_\w+|__rwsem_down_\w+|down_read\w*|"
    r"down_write\w*|__down\w*|rt_mutex_slowlock\w*|percpu_rwsem_wait|__percpu_down_read)$"
)
