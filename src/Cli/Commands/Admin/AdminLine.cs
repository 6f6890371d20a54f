using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SanguoOrleans.Cli.Commands.Admin;

/// <summary>
/// The one JSON line an admin verb prints, and the exit code that goes with it: 0 done, 1 refused by the server,
/// 2 not answered (malformed options, no key, no connection, not an admin endpoint).
/// </summary>
internal sealed class AdminLine
{
    public const int ExitDone = 0;
    public const int ExitRefused = 1;
    public const int ExitNotAnswered = 2;

    // Nicknames are often Chinese: print them as they are rather than as \u escapes.
    private static readonly JsonSerializerOptions Printing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly JsonObject _json;

    private AdminLine(JsonObject json, int exitCode)
    {
        _json = json;
        ExitCode = exitCode;
    }

    public int ExitCode { get; }

    /// <summary>A success: <c>ok</c> followed by the fields of the server's answer.</summary>
    public static AdminLine Success(JsonObject answer)
    {
        var json = new JsonObject { ["ok"] = true };
        foreach (var (name, value) in answer)
        {
            json[name] = value?.DeepClone();
        }

        return new AdminLine(json, ExitDone);
    }

    public static AdminLine Refused(string code, string message) => Failure(code, message, ExitRefused);

    public static AdminLine Failure(string code, string message, int exitCode) => new(
        new JsonObject { ["ok"] = false, ["error"] = new JsonObject { ["code"] = code, ["message"] = message } },
        exitCode);

    /// <summary>Adds a field at the top level, e.g. the operation id to retry with.</summary>
    public AdminLine With(string name, string value)
    {
        _json[name] = value;
        return this;
    }

    public int Print()
    {
        Console.Out.WriteLine(_json.ToJsonString(Printing));
        return ExitCode;
    }
}
