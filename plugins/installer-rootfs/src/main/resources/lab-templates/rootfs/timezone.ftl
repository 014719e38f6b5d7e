<#ftl output_format="plainText">
<#-- /etc/timezone of the installed system (Debian's tzdata reads it); /etc/localtime is linked by a chroot action. -->
${timezone}
