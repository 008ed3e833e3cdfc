using Wolverine;

namespace Ops.Shared.Outcomes;

/// <summary>Who a handler records its events as done by (their <c>…By</c>).</summary>
public static class Actors
{
    /// <summary>The actor of a message that carries no user, such as one the system sends itself.</summary>
    public const string System = "system";

    /// <summary>The actor of what a module's start-up seed and demo data record.</summary>
    public const string Seed = "seed";

    /// <summary>An API client acts as <c>api-client:{its name}</c>.</summary>
    public const string ApiClientPrefix = "api-client:";

    public static string ApiClient(string clientName) => ApiClientPrefix + clientName;

    /// <summary>The signed-in caller whose request sent the message (Wolverine relays the name), or <see cref="System"/>.</summary>
    public static string Actor(this IMessageContext context) => context.UserName ?? System;
}
