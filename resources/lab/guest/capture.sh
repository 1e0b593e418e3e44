# Sourced by boot.sh in the kdump capture kernel: save /proc/vmcore like
# distribution kdump tools do (makedumpfile -c -d 31, else a plain ELF copy).
capture() {
    echo "HANGDUMP-KDUMP-CAPTURE $(cat /proc/sys/kernel/osrelease)" > /dev/console
    dev=$(crash_disk) || { echo "HANGDUMP-KDUMP-FAILED no dump disk" > /dev/console; reboot -f; }
    mount -t ext4 "$dev" /var/crash
    dir="127.0.0.1-$(date +%Y-%m-%d-%H:%M:%S)"
    mkdir -p "/var/crash/$dir"
    cd "/var/crash/$dir" || reboot -f
    how=makedumpfile
    if ! makedumpfile -c -d 31 /proc/vmcore vmcore-incomplete > makedumpfile.log 2>&1; then
        how=copy
        rm -f vmcore-incomplete
        cp /proc/vmcore vmcore-incomplete
    fi
    mv vmcore-incomplete vmcore
    makedumpfile --dump-dmesg /proc/vmcore vmcore-dmesg.txt > /dev/null 2>&1 || rm -f vmcore-dmesg.txt
    cd /
    sync
    umount /var/crash
    echo "HANGDUMP-KDUMP-SAVED $dir $how" > /dev/console
    reboot -f
}
