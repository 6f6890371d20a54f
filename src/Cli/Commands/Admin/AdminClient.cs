using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SanguoOrleans.Cli.Commands.Admin;

/// <summary>Sends one request to the server's /admin endpoints and turns whatever happens into an <see cref="AdminLine"/>.</summary>
internal static class AdminClient
{
    private const string KeyHeader = "X-Admin-Key";
    private const string OperatorHeader = "X-Admin-Operator";

    public static async Task<AdminLine> SendAsync(AdminConnection connection, HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(connection.Key))
        {
            return AdminLine.Failure("no_key", $"No admin key: pass --key or set {AdminConnection.KeyVariable}.", AdminLine.ExitNotAnswered);
        }

        // Appended rather than resolved, so that a --url behind a reverse proxy keeps its path prefix.
        var url = new Uri(connection.Url.AbsoluteUri.TrimEnd('/') + "/admin/" + path);
        using var http = new HttpClient { Timeout = connection.Timeout };
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add(KeyHeader, connection.Key);
        request.Headers.Add(OperatorHeader, connection.Operator);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: CliJson.Options);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return Interpret((int)response.StatusCode, text, url);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return AdminLine.Failure("timeout", $"No answer from {url} within {connection.Timeout.TotalMilliseconds:0} ms.", AdminLine.ExitNotAnswered);
        }
        catch (HttpRequestException e)
        {
            var why = e.InnerException is SocketException socket ? socket.SocketErrorCode.ToString() : e.Message;
            return AdminLine.Failure("connection_failed", $"Cannot connect to {connection.Url}: {why}.", AdminLine.ExitNotAnswered);
        }
    }

    private static AdminLine Interpret(int status, string text, Uri url)
    {
        var json = TryParse(text);
        if (status is >= 200 and < 300 && json is not null)
        {
            return AdminLine.Success(json);
        }

        if (json?["code"]?.GetValue<string>() is { } code)
        {
            return AdminLine.Refused(code, json["message"]?.GetValue<string>() ?? $"HTTP {status}");
        }

        return AdminLine.Failure(
            "not_an_admin_endpoint",
            $"HTTP {status} from {url} without an admin answer; is Admin:Key configured on that server, and is this its HTTP port?",
            AdminLine.ExitNotAnswered);
    }

    private static JsonObject? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
