using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SanguoOrleans.Gateway.Handlers;
using SanguoOrleans.Gateway.Hosting;

namespace SanguoOrleans.Gateway.Admin;

/// <summary>
/// Runs one admin action against the cluster and writes the audit line for it (who, what, outcome), whatever
/// the outcome: a success, a refusal, or a cluster that did not answer.
/// </summary>
internal sealed partial class AdminRunner(IGrainFactory grains, IOptions<ClientGatewayOptions> gateway, ILogger<AdminRunner> logger)
{
    private const int MaxOperatorLength = 64;

    public async Task<IResult> RunAsync(HttpContext http, AdminAction action, Func<IGrainFactory, Task<IResult>> work)
    {
        var timeout = action.Timeout ?? gateway.Value.RequestTimeout;
        IResult result;
        try
        {
            result = action.Retryable
                ? await ClusterCall.RetryAsync(() => work(grains), timeout, http.RequestAborted).ConfigureAwait(false)
                : await work(grains).WaitAsync(timeout, http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException && !http.RequestAborted.IsCancellationRequested)
        {
            result = AdminResults.Error(StatusCodes.Status503ServiceUnavailable, "cluster_unavailable", $"The cluster did not answer within {timeout.TotalSeconds:0.#} s.");
        }
        catch (Exception e) when (ClusterCall.IsTransient(e))
        {
            result = AdminResults.Error(StatusCodes.Status503ServiceUnavailable, "cluster_unavailable", "The cluster could not be reached: " + e.Message);
        }
        catch (Exception e) when (!http.RequestAborted.IsCancellationRequested)
        {
            var who = Operator(http);
            LogFailed(logger, who, Remote(http), action.Verb, action.Target, e);
            return AdminResults.Error(StatusCodes.Status500InternalServerError, "internal_error", "The action failed unexpectedly; see the server log.");
        }

        Audit(http, action, result);
        return result;
    }

    private void Audit(HttpContext http, AdminAction action, IResult result)
    {
        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        var who = Operator(http);
        var remote = Remote(http);
        if (status < 400)
        {
            LogDone(logger, who, remote, action.Verb, action.Target, action.Details, status);
        }
        else
        {
            var code = ((result as IValueHttpResult)?.Value as AdminError)?.Code;
            LogRefused(logger, who, remote, action.Verb, action.Target, action.Details, status, code);
        }
    }

    private static string Operator(HttpContext http)
    {
        var name = http.Request.Headers[AdminOptions.OperatorHeader].ToString().Trim();
        return name.Length == 0 ? "unnamed" : name[..Math.Min(name.Length, MaxOperatorLength)];
    }

    private static string? Remote(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin {Operator} from {Remote}: {Verb} {Target} {Details} -> {Status}")]
    private static partial void LogDone(ILogger logger, string @operator, string? remote, string verb, string target, string details, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin {Operator} from {Remote}: {Verb} {Target} {Details} refused -> {Status} {Code}")]
    private static partial void LogRefused(ILogger logger, string @operator, string? remote, string verb, string target, string details, int status, string? code);

    [LoggerMessage(Level = LogLevel.Error, Message = "Admin {Operator} from {Remote}: {Verb} {Target} failed")]
    private static partial void LogFailed(ILogger logger, string @operator, string? remote, string verb, string target, Exception exception);
}
