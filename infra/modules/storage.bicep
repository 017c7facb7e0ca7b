// Table storage for PostApprovalBot. The app reaches it with its managed identity only:
// shared keys are switched off, so no connection string exists to leak.

@description('Globally unique storage account name (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param name string

param location string
param tags object = {}

// The one list of tables the storage adapter uses (created without a prefix; the app also creates
// missing ones at startup, so this list and the app may grow independently without breaking).
var tableNames = [
  'accounts'
  'grants'
  'grantsbyscope'
  'routes'
  'groups'
  'settings'
  'drafts'
  'inbox'
  'audit'
  'people'
  'cards'
  'claims'
  'outbox'
  'ledger'
  'agenda'
]

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-06-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

output name string = account.name
output id string = account.id
output tableEndpoint string = account.properties.primaryEndpoints.table
output tableNames string[] = tableNames
