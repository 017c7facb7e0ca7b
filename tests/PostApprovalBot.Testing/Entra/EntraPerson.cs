using System.Security.Cryptography;
using System.Text;

namespace PostApprovalBot.Testing.Entra;

/// <summary>A person of the stand-in tenant: work e-mail (also their user principal name), display name, and a stable object id.</summary>
public sealed record EntraPerson(string Email, string Name)
{
    /// <summary>The Entra object id (<c>oid</c>), derived from the e-mail so that every run gives the same person the same id.</summary>
    public string ObjectId => new Guid(MD5.HashData(Encoding.UTF8.GetBytes(Email.ToLowerInvariant()))).ToString();
}
