namespace Ops.Shared;

/// <summary>The roles of the policy (PRODUCT.md §4). Positions grant them; users may hold extra grants.</summary>
public static class Role
{
    public const string Admin = "admin";
    public const string OpsManager = "ops-manager";
    public const string Product = "product";
    public const string Listing = "listing";
    public const string Service = "service";
    public const string Logistics = "logistics";
    public const string Finance = "finance";
    public const string Trainer = "trainer";
    public const string Staff = "staff";
    public const string Auditor = "auditor";
    public const string Integration = "integration";

    public static readonly IReadOnlyList<string> All =
        [Admin, OpsManager, Product, Listing, Service, Logistics, Finance, Trainer, Staff, Auditor, Integration];

    /// <summary>Every role reads; writers are named per endpoint. The auditor is never a writer.</summary>
    public static string[] Readers => [.. All];

    public static bool IsKnown(string role) => All.Contains(role);

    public static string MustBeKnown => Bilingual.Pick(
        $"Roles must be among: {string.Join(", ", All)}.",
        $"角色必须是以下之一：{string.Join(", ", All)}。");
}

/// <summary>Claim types Ops puts on a principal, beside the standard name and role claims.</summary>
public static class OpsClaims
{
    public const string Scope = "scope";
    public const string ClientId = "client_id";
    public const string UserId = "user_id";

    /// <summary>The account's display name, which history shows instead of the e-mail address (<c>ActingPerson</c>).</summary>
    public const string DisplayName = "display_name";
}
