using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SanguoOrleans.Gateway.Admin;

/// <summary>Lets an admin request through only when its <see cref="AdminOptions.KeyHeader"/> equals the configured key.</summary>
internal sealed partial class AdminKeyFilter(IOptions<AdminOptions> options, ILogger<AdminKeyFilter> logger) : IEndpointFilter
{
    // Hashing both sides first gives equal lengths, so the comparison time tells nothing, not even the key's length.
    private readonly byte[] _expected = Digest(options.Value.Key ?? throw new InvalidOperationException("Admin:Key is not configured."));

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var presented = http.Request.Headers[AdminOptions.KeyHeader].ToString();
        if (presented.Length > 0 && CryptographicOperations.FixedTimeEquals(Digest(presented), _expected))
        {
            return next(context);
        }

        LogRejected(logger, http.Request.Method, http.Request.Path, http.Connection.RemoteIpAddress?.ToString(), presented.Length > 0);
        return ValueTask.FromResult<object?>(AdminResults.Error(
            StatusCodes.Status401Unauthorized,
            "unauthorized",
            $"A valid {AdminOptions.KeyHeader} header is required."));
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin request {Method} {Path} from {Remote} rejected (a key was given: {KeyGiven})")]
    private static partial void LogRejected(ILogger logger, string method, string path, string? remote, bool keyGiven);
}
