<#-- One library a line: name, version, licenses (tab separated), read by the About dialog. -->
<#list dependencyMap as e>
<#assign project = e.getKey()/>
<#assign licenses = e.getValue()/>
${project.artifactId}	${project.version}	<#list licenses as license>${license}<#sep>; </#sep></#list>
</#list>
