// The bot's host: a Linux App Service plan and web app running .NET 10 with a system-assigned
// identity. Secrets reach the app as Key Vault references, never as plain app settings.

param name string
param planName string
param location string
param tags object = {}

@description('App Service plan SKU; Basic or above, because the background dispatchers need Always On.')
param planSku string

@description('Key Vault URI, with its trailing slash (vault.properties.vaultUri).')
param keyVaultUri string

param storageTableEndpoint string
param applicationInsightsName string
param botAppId string

@description('Tenant of a single-tenant bot; empty for a multi-tenant bot.')
param botTenantId string

@description('Comma-separated e-mails of the first administrators.')
param adminBootstrap string

// Names of the secrets an operator puts into the vault (docs/deployment.md lists the same names).
var secretNames = {
  slackSigningSecret: 'slack-signing-secret'
  slackBotToken: 'slack-bot-token'
  teamsAppPassword: 'teams-app-password'
}

// Versionless references follow a rotated secret without a redeployment.
func keyVaultReference(vaultUri string, secretName string) string =>
  '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${secretName}/)'

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  // azd finds the web app to deploy the `bot` service to by this tag.
  tags: union(tags, { 'azd-service-name': 'bot' })
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      // Readiness: App Service takes an instance out of rotation while it cannot store decisions (/healthz is liveness only).
      healthCheckPath: '/readyz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        // The app sends its own OpenTelemetry (Azure Monitor exporter) when this is set; the codeless agent stays off so nothing is sent twice.
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsights.properties.ConnectionString }
        // Empty connection string: the app then uses the table endpoint with its managed identity.
        { name: 'Storage__ConnectionString', value: '' }
        { name: 'Storage__TableEndpoint', value: storageTableEndpoint }
        // The tables in storage.bicep carry no prefix.
        { name: 'Storage__TablePrefix', value: '' }
        { name: 'Teams__AppId', value: botAppId }
        { name: 'Teams__TenantId', value: botTenantId }
        { name: 'Teams__AppPassword', value: keyVaultReference(keyVaultUri, secretNames.teamsAppPassword) }
        { name: 'Slack__SigningSecret', value: keyVaultReference(keyVaultUri, secretNames.slackSigningSecret) }
        { name: 'Slack__BotToken', value: keyVaultReference(keyVaultUri, secretNames.slackBotToken) }
        { name: 'Admin__Bootstrap', value: adminBootstrap }
      ]
    }
  }
}

// azd deploys with an Entra token; FTP and SCM user/password logins stay closed.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
output principalId string = site.identity.principalId
