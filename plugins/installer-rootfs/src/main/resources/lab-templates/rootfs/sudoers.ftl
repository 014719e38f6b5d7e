<#ftl output_format="plainText">
<#-- /etc/sudoers.d/90-lab-users: sudoers(5). Sudo users without a password may use sudo without one (they log in by SSH key). -->
# ${lab.generatedBy}
<#list users as u>
${u} ALL=(ALL:ALL) NOPASSWD: ALL
</#list>
