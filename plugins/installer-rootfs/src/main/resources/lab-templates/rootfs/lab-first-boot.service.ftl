<#ftl output_format="plainText">
<#-- systemd.service(5): runs Lab's first-boot script once, when the network is up. -->
# ${lab.generatedBy}
[Unit]
Description=Lab first boot: report to Lab, enroll, mark the install done
Wants=network-online.target
After=network-online.target
ConditionPathExists=!/var/lib/lab/first-boot.done

[Service]
Type=oneshot
ExecStart=/usr/local/sbin/lab-first-boot
RemainAfterExit=yes

[Install]
WantedBy=multi-user.target
