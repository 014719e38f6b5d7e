<#ftl output_format="yaml">
<#--
  Ubuntu 24.04 autoinstall user-data, served at the NoCloud seed URL.
  Format reference: https://canonical-subiquity.readthedocs-hosted.com/en/latest/reference/autoinstall-reference.html
  Storage actions:  https://curtin.readthedocs.io/en/latest/topics/storage.html
  Network:          https://netplan.readthedocs.io/en/stable/netplan-yaml/
  user-data:        https://cloudinit.readthedocs.io/en/latest/reference/modules.html

  Every interpolation is written as a YAML double-quoted scalar. Numbers and booleans go through
  the scalar macro; shell commands arrive fully quoted (one YAML value each). Map keys written
  verbatim (?no_esc) come from the plugin's code (curtin and netplan keywords), never from a user.
-->
<#macro scalar v><#if v?is_boolean || v?is_number>${v?c?no_esc}<#else>${v}</#if></#macro>
<#macro flow v><#if v?is_sequence>[<#list v as x><@flow x/><#sep>, </#list>]<#elseif v?is_hash_ex>{<#list v as k, x>${k?no_esc}: <@flow x/><#sep>, </#list>}<#else><@scalar v/></#if></#macro>
<#macro addressing a indent>
${indent?no_esc}dhcp4: <@scalar a.dhcp4/>
<#if a.addresses?has_content>
${indent?no_esc}addresses: <@flow a.addresses/>
</#if>
<#if a.routes?has_content>
${indent?no_esc}routes:
<#list a.routes as r>
${indent?no_esc}  - to: ${r.to}
${indent?no_esc}    via: ${r.via}
</#list>
</#if>
<#if a.nameservers?has_content || a.search?has_content>
${indent?no_esc}nameservers:
<#if a.nameservers?has_content>
${indent?no_esc}  addresses: <@flow a.nameservers/>
</#if>
<#if a.search?has_content>
${indent?no_esc}  search: <@flow a.search/>
</#if>
</#if>
<#if a.mtu??>
${indent?no_esc}mtu: <@scalar a.mtu/>
</#if>
</#macro>
#cloud-config
# Ubuntu 24.04 autoinstall -- ${lab.generatedBy?no_esc}
# Reference: https://canonical-subiquity.readthedocs-hosted.com/en/latest/reference/autoinstall-reference.html
autoinstall:
  version: 1
  early-commands:
<#list commands.early as c>
    - ${c}
</#list>
  reporting:
    lab:
      type: webhook
      endpoint: ${events}
      level: INFO
  locale: ${locale}
  keyboard:
    layout: ${keyboardLayout}
<#if keyboardVariant??>
    variant: ${keyboardVariant}
</#if>
  timezone: ${timezone}
  network:
    version: 2
<#if netplan.ethernets?has_content>
    ethernets:
<#list netplan.ethernets as e>
      ${e.name}:
        match:
          macaddress: ${e.mac}
        set-name: ${e.name}
<@addressing e.addressing "        "/>
</#list>
</#if>
<#if netplan.bonds?has_content>
    bonds:
<#list netplan.bonds as b>
      ${b.name}:
        interfaces: <@flow b.interfaces/>
        parameters:
<#list b.parameters as k, v>
          ${k?no_esc}: <@flow v/>
</#list>
<@addressing b.addressing "        "/>
</#list>
</#if>
<#if netplan.vlans?has_content>
    vlans:
<#list netplan.vlans as v>
      ${v.name}:
        id: <@scalar v.id/>
        link: ${v.link}
<@addressing v.addressing "        "/>
</#list>
</#if>
<#if mirror??>
  apt:
    mirror-selection:
      primary:
        - uri: ${mirror}
    geoip: false
    fallback: abort
</#if>
  storage:
<#if storage.layout??>
    layout:
      name: ${storage.layout}
<#if storage.match??>
      match: <@flow storage.match/>
</#if>
<#else>
    config:
<#list storage.config as action>
      - <@flow action/>
</#list>
</#if>
<#if accounts.identity??>
  identity:
    hostname: ${accounts.identity.hostname}
    username: ${accounts.identity.username}
<#if accounts.identity.realname??>
    realname: ${accounts.identity.realname}
</#if>
    password: ${accounts.identity.password}
</#if>
  ssh:
    install-server: true
<#if accounts.authorizedKeys?has_content>
    authorized-keys:
<#list accounts.authorizedKeys as key>
      - ${key}
</#list>
</#if>
    allow-pw: <@scalar accounts.allowPassword/>
<#if packages?has_content>
  packages:
<#list packages as p>
    - ${p}
</#list>
</#if>
<#if !accounts.identity?? || accounts.users?has_content || accounts.rootPasswordHash?? || ntpServers?has_content>
  user-data:
<#if !accounts.identity??>
    hostname: ${hostname}
    users: []
</#if>
<#if accounts.users?has_content>
    users:
</#if>
<#list accounts.users as u>
      - name: ${u.name}
<#if u.gecos??>
        gecos: ${u.gecos}
</#if>
<#if u.groups?has_content>
        groups: <@flow u.groups/>
</#if>
        shell: "/bin/bash"
<#if u.passwordHash??>
        lock_passwd: false
        hashed_passwd: ${u.passwordHash}
<#else>
        lock_passwd: true
</#if>
<#if u.sshKeys?has_content>
        ssh_authorized_keys:
<#list u.sshKeys as key>
          - ${key}
</#list>
</#if>
<#if u.sudo??>
        sudo: ${u.sudo}
</#if>
</#list>
<#if accounts.rootPasswordHash??>
    chpasswd:
      expire: false
      users:
        - name: "root"
          password: ${accounts.rootPasswordHash}
          type: "hash"
</#if>
<#if ntpServers?has_content>
    ntp:
      enabled: true
      servers: <@flow ntpServers/>
</#if>
</#if>
  late-commands:
<#list commands.late as c>
    - ${c}
</#list>
  error-commands:
<#list commands.error as c>
    - ${c}
</#list>
  shutdown: reboot
