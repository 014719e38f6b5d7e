<#ftl output_format="yaml">
a: ${present}
b: ${absent}
