#!/bin/sh
# HangDump lab guest: the whole boot, run once by busybox init (sysinit).
# Both guests use it; /etc/hangdump/variant says "practice" or "kdump".
# Normal boot -> "HANGDUMP-GUEST-READY <release>" on the serial console.
# Kdump capture boot (/proc/vmcore exists) -> "HANGDUMP-KDUMP-SAVED <dir>", reboot.
export PATH=/sbin:/bin:/usr/sbin:/usr/bin
RELEASE=$(cat /etc/hangdump/release)
VARIANT=$(cat /etc/hangdump/variant)

mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mkdir -p /dev/pts /run /tmp /var/crash /var/log
mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /tmp

# qemu_fw_cfg first: it carries VMCOREINFO to hypervisor dumps.
while read -r mod args; do
    [ -n "$mod" ] && insmod "/lib/modules/$RELEASE/$mod" $args
done < /etc/hangdump/modules

echo 1 > /proc/sys/kernel/unknown_nmi_panic
echo 1 > /proc/sys/kernel/panic_on_unrecovered_nmi
for f in /etc/sysctl.d/*.conf; do [ -f "$f" ] && sysctl -q -p "$f"; done

crash_disk() {
    # The dump disk is found by its label; its device name depends on the bus order.
    i=0
    while [ $i -lt 50 ]; do
        dev=$(findfs LABEL=hdcrash 2>/dev/null) && { echo "$dev"; return 0; }
        sleep 0.1; i=$((i + 1))
    done
    return 1
}

if [ -e /proc/vmcore ] && [ "$VARIANT" = kdump ]; then
    . /etc/hangdump/capture.sh
    capture   # saves the vmcore and reboots; never returns
fi

hostname "hangdump-$VARIANT"
ip link set lo up
ip link set eth0 up
udhcpc -i eth0 -s /etc/hangdump/udhcpc.sh -q -n -t 10 -T 1 >/dev/null 2>&1 || {
    # user-mode networking always hands out 10.0.2.15; keep SSH reachable anyway
    ip addr add 10.0.2.15/24 dev eth0
    ip route add default via 10.0.2.2
}

if [ "$VARIANT" = kdump ]; then
    dev=$(crash_disk) && mount -t ext4 "$dev" /var/crash || echo "HANGDUMP-KDUMP-NODISK"
    kexec -p "/boot/vmlinuz-$RELEASE" --initrd=/boot/capture.img \
        --append="console=ttyS0,115200 irqpoll nr_cpus=1 reset_devices panic=0 hangdump.capture=1" \
        || echo "HANGDUMP-KDUMP-NOTLOADED"
fi

dropbear -r /etc/dropbear/dropbear_ed25519_host_key -p 22 -s -P /run/dropbear.pid
echo "HANGDUMP-GUEST-READY $RELEASE" > /dev/console
