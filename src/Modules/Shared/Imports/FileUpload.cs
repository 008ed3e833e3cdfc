using FastEndpoints;

namespace Ops.Shared.Imports;

/// <summary>
/// On a request whose body is a file (an import): the content types it is accepted in. The request's own properties come
/// from the route and query only; the OpenAPI document describes the body as a file in these types.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class FileUploadAttribute(params string[] contentTypes) : Attribute
{
    public IReadOnlyList<string> ContentTypes { get; } = contentTypes;
}

/// <summary>Binds a request from its route values and query string only, leaving the body to the endpoint (a file being imported).</summary>
public sealed class QueryOnlyBinder<TRequest> : IRequestBinder<TRequest> where TRequest : notnull, new()
{
    public ValueTask<TRequest> BindAsync(BinderContext ctx, CancellationToken ct)
    {
        var request = new TRequest();
        var query = ctx.HttpContext.Request.Query;
        foreach (var property in typeof(TRequest).GetProperties().Where(p => p.CanWrite))
        {
            var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            var raw = query.TryGetValue(name, out var values) ? values.ToString()
                : ctx.HttpContext.Request.RouteValues.TryGetValue(name, out var route) ? route?.ToString() : null;
            if (string.IsNullOrEmpty(raw)) continue;
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            try
            {
                property.SetValue(request, type == typeof(Guid) ? Guid.Parse(raw) : Convert.ChangeType(raw, type, System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (FormatException)
            {
                ctx.ValidationFailures.Add(new(name, $"'{raw}' is not a valid {type.Name}."));
            }
        }

        return ValueTask.FromResult(request);
    }
}
