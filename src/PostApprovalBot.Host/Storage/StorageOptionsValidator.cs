using Microsoft.Extensions.Options;
using PostApprovalBot.Storage;

namespace PostApprovalBot.Host.Storage;

/// <summary>Stops startup with a message that names the missing setting.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        options.Validate() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
