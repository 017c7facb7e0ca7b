// PostApprovalBot on Azure, for `azd up`: one resource group holding table storage, Key Vault,
// monitoring, the App Service that runs src/PostApprovalBot.Host, and the Azure Bot for Teams.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names the resource group and seeds the unique resource names.')
param environmentName string

@minLength(1)
@description('Azure region of every regional resource.')
param location string

@minLength(36)
@maxLength(36)
@description('Application (client) ID of the Entra app registration the bot signs in with.')
param botAppId string

@allowed([
  'SingleTenant'
  'MultiTenant'
])
@description('Sign-in audience of that app registration. Azure no longer creates new multi-tenant bots.')
param botAppType string = 'SingleTenant'

@description('Tenant of the app registration (single-tenant bots).')
param botTenantId string = tenant().tenantId

@description('Comma-separated e-mails of the first administrators.')
param adminBootstrap string = ''

@description('Comma-separated e-mails told when an alert fires (outbox backlog, parked notifications); empty: portal only.')
param alertEmails string = ''

@description('Object id of the deployer, granted Key Vault Secrets Officer to set the secrets.')
param principalId string = ''

@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param principalType string = 'User'

@description('App Service plan SKU (Basic or above: Always On).')
param appServicePlanSku string = 'B1'

@allowed([
  'F0'
  'S1'
])
@description('Azure Bot pricing tier; F0 is free for standard channels such as Teams.')
param botSku string = 'F0'

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
  application: 'postapprovalbot'
}

resource resourceGroup 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  scope: resourceGroup
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
    alertEmails: filter(map(split(alertEmails, ','), email => trim(email)), email => !empty(email))
  }
}

module storage 'modules/storage.bicep' = {
  scope: resourceGroup
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  scope: resourceGroup
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
  }
}

module web 'modules/web.bicep' = {
  scope: resourceGroup
  params: {
    name: 'app-${resourceToken}'
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    planSku: appServicePlanSku
    keyVaultUri: keyVault.outputs.uri
    storageTableEndpoint: storage.outputs.tableEndpoint
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    botAppId: botAppId
    botTenantId: botAppType == 'SingleTenant' ? botTenantId : ''
    signInTenantId: botTenantId
    adminBootstrap: adminBootstrap
  }
}

module access 'modules/access.bicep' = {
  scope: resourceGroup
  params: {
    webPrincipalId: web.outputs.principalId
    storageAccountName: storage.outputs.name
    keyVaultName: keyVault.outputs.name
    deployerPrincipalId: principalId
    deployerPrincipalType: principalType
  }
}

module bot 'modules/bot.bicep' = {
  scope: resourceGroup
  params: {
    name: 'bot-${resourceToken}'
    tags: tags
    displayName: 'Post Approval'
    msaAppId: botAppId
    msaAppType: botAppType
    msaAppTenantId: botTenantId
    botHost: web.outputs.defaultHostName
    sku: botSku
  }
}

// azd stores these in .azure/<env>/.env; docs/deployment.md uses them.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output SERVICE_BOT_NAME string = web.outputs.name
output SERVICE_BOT_URI string = 'https://${web.outputs.defaultHostName}'
output BOT_HOST string = web.outputs.defaultHostName
output BOT_MESSAGING_ENDPOINT string = bot.outputs.messagingEndpoint
output AZURE_BOT_NAME string = bot.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.uri
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
