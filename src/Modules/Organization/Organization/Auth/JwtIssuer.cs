using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Ops.Organization.Users;
using Ops.Shared;

namespace Ops.Organization.Auth;

/// <summary>Settings of the bearer tokens (<c>Ops:Auth</c>). The signing key must be configured outside Development.</summary>
public sealed class AuthOptions
{
    public const string Section = "Ops:Auth";
    public string Issuer { get; set; } = "ops";
    public string Audience { get; set; } = "ops-api";
    public string SigningKey { get; set; } = "";

    public SymmetricSecurityKey Key()
    {
        var bytes = Encoding.UTF8.GetBytes(SigningKey);
        if (bytes.Length < 32)
            throw new InvalidOperationException($"{Section}:SigningKey must be at least 32 bytes (set Ops__Auth__SigningKey).");
        return new SymmetricSecurityKey(bytes);
    }
}

public sealed class JwtIssuer(AuthOptions options, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    public string IssueFor(UserAccountView user, DateTimeOffset expires)
    {
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
            new(ClaimTypes.Name, user.Email),
            new(OpsClaims.UserId, user.Id.ToString()),
            new(OpsClaims.DisplayName, user.DisplayName),
        };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r)));

        var now = time.GetUtcNow();
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(options.Key(), SecurityAlgorithms.HmacSha256),
        });
    }
}
