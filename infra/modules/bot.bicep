// Azure Bot registration: tells the Bot Framework where our messaging endpoint is and which Entra
// app signs our tokens, and switches on the Microsoft Teams channel. Slack talks to the app directly.

param name string
param tags object = {}
param displayName string

@description('Application (client) ID of the Entra app registration.')
param msaAppId string

@allowed([
  'SingleTenant'
  'MultiTenant'
])
param msaAppType string

@description('Tenant of the Entra app registration; used only for a single-tenant bot.')
param msaAppTenantId string

@description('Host name of the web app, without scheme.')
param botHost string

@allowed([
  'F0'
  'S1'
])
param sku string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: 'https://${botHost}/api/messages'
    msaAppId: msaAppId
    msaAppType: msaAppType
    msaAppTenantId: msaAppType == 'SingleTenant' ? msaAppTenantId : null
    publicNetworkAccess: 'Enabled'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
output messagingEndpoint string = bot.properties.endpoint
