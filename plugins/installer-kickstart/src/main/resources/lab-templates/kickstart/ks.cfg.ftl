<#ftl output_format="kickstart">
<#--
  Lab's kickstart for Anaconda (Fedora, AlmaLinux, RHEL, Rocky Linux, CentOS Stream).
  Format reference: https://pykickstart.readthedocs.io/en/latest/kickstart-docs.html

  Every interpolation is quoted for kickstart, whose command lines pykickstart splits like a POSIX
  shell; the same quoting is right inside the %pre and %post shell scripts. Shell variables in
  the scripts are written $name, never with braces, which FreeMarker would take for its own.
-->
<#macro command c>
${c.name}<#list c.args as a> ${a}</#list><#list c.options as o> --${o.name}<#if o.value??>=${o.value}</#if></#list>
</#macro>
<#macro reporting>
LAB_EVENTS=${events}
lab_event() {
  curl -fsS -m 20 --retry 3 -H 'Content-Type: application/json' \
    --data "{\"type\":\"$1\",\"message\":\"$2\"}" "$LAB_EVENTS" >/dev/null 2>&1 || true
}
</#macro>
<#macro writeRegistryAuth>
mkdir -p /etc/ostree
(umask 077 && base64 -d > /etc/ostree/auth.json) <<'LAB_REGISTRY_AUTH'
<#list registryAuth as line>
${line}
</#list>
LAB_REGISTRY_AUTH
</#macro>
# Kickstart for ${fqdn} -- ${lab.generatedBy?no_esc}
# Format reference: https://pykickstart.readthedocs.io/en/latest/kickstart-docs.html

# Installation
text
skipx
firstboot --disable
<#if bootc??>
ostreecontainer --url=${bootc.url}<#if bootc.transport??> --transport=${bootc.transport}</#if><#if bootc.stateroot??> --stateroot=${bootc.stateroot}</#if><#if bootc.remote??> --remote=${bootc.remote}</#if><#if bootc.noSignatureVerification> --no-signature-verification</#if>
<#else>
url --url=${repository}
</#if>
reboot

# Localisation and time
lang ${locale}
keyboard --vckeymap=${keyboard}
timezone ${timezone} --utc
<#list ntpServers as server>
timesource --ntp-server=${server}
</#list>

# Network: ethernet interfaces by MAC (their names are bound with ifname= at boot)
<#list network as c>
<@command c/>
</#list>

# Accounts
<#if rootPasswordHash??>
rootpw --iscrypted ${rootPasswordHash}
<#else>
rootpw --lock
</#if>
<#list users as u>
user --name=${u.name}<#if u.gecos??> --gecos=${u.gecos}</#if><#if u.groups??> --groups=${u.groups}</#if><#if u.passwordHash??> --iscrypted --password=${u.passwordHash}</#if>
</#list>
<#list sshKeys as k>
sshkey --username=${k.user} ${k.key}
</#list>
<#if selinux?? || firewall??>

# Security
</#if>
<#if selinux??>
selinux --${selinux}
</#if>
<#if firewall?? && firewall == "enabled">
firewall --enabled --ssh
<#elseif firewall??>
firewall --disabled
</#if>

# Storage
<#if diskChosenAtInstall>
%include ${diskInclude}
</#if>
<#list diskSelection as c>
<@command c/>
</#list>
zerombr
<#list diskLayout as c>
<@command c/>
</#list>
bootloader<#if bootloaderAppend??> --append=${bootloaderAppend}</#if>
<#if packages??>

%packages
@core
<#list packages as p>
${p?no_esc}
</#list>
%end
</#if>

%pre --log=/tmp/lab-pre.log --erroronfail
<@reporting/>
lab_event install-started "the installer is running the kickstart"
<#if diskChosenAtInstall>
# The profile names no disk: install onto the first writable, non-removable disk.
disk=$(lsblk -dnro NAME,TYPE,RM,RO | awk '$2 == "disk" && $3 == "0" && $4 == "0" && $1 !~ /^(zram|loop)/ { print $1; exit }')
if [ -z "$disk" ]; then
  lab_event install-failed "no writable, non-removable disk to install onto"
  exit 1
fi
printf 'ignoredisk --only-use=%s\nclearpart --all --initlabel --drives=%s\n' "$disk" "$disk" > ${diskInclude}
</#if>
<#if registryAuth?has_content>
# Credentials for pulling the bootc image: the installer's ostree container stack reads them here.
<@writeRegistryAuth/>
</#if>
%end

%pre-install --log=/tmp/lab-pre-install.log
<@reporting/>
lab_event install-progress "disks prepared, installing the system"
%end

%post --log=/root/lab-post.log --erroronfail
<@reporting/>
lab_event install-progress "system installed, running the post-install steps"
<#if registryAuth?has_content>
# The same credentials let the installed system pull its bootc updates.
<@writeRegistryAuth/>
</#if>
<#if extraSshKeys?has_content>
# kickstart's sshkey takes one key per user; the others are added here.
lab_add_ssh_key() {
  home=$(getent passwd "$1" | cut -d: -f6)
  printf '%s\n' "$2" >> "$home/.ssh/authorized_keys"
}
<#list extraSshKeys as k>
lab_add_ssh_key ${k.user} ${k.key}
</#list>
</#if>
<#if enrollScriptUrl??>
lab_enroll() {
  lab_event install-progress "enrolling into OpenVox"
  rm -f ${enrollScriptPath}
  if (umask 077 && curl -fsSL -m 120 --retry 5 -o ${enrollScriptPath} ${enrollScriptUrl}) && sh ${enrollScriptPath}; then
    lab_event install-progress "enrolled into OpenVox"
  else
    lab_event enrollment-failed "enrollment did not complete: the host is installed but not enrolled"
  fi
  rm -f ${enrollScriptPath}
}
<#if bootc??>
# A bootc system gets its software from its image: enrolling configures the agent the image brings.
if [ -x /opt/puppetlabs/bin/puppet ]; then
  lab_enroll
else
  lab_event enrollment-failed "the bootc image has no openvox-agent: build it into the image to enroll"
fi
<#else>
lab_enroll
</#if>
</#if>
lab_event install-progress "post-install steps done"
if ! curl -fsS -m 30 --retry 10 --retry-delay 3 --retry-all-errors -H 'Content-Type: application/json' \
    --data '{"type":"install-done","message":"installation finished"}' ${done} >/dev/null; then
  echo "could not tell Lab that the installation finished" >&2
  exit 1
fi
%end

%onerror
<@reporting/>
lab_event install-failed "the installer stopped with an error: see /tmp/anaconda.log, /tmp/storage.log and /tmp/packaging.log on the machine"
%end
