using System.CommandLine;
using System.CommandLine.Parsing;

namespace SanguoOrleans.Cli.Commands.Admin;

/// <summary>Where the admin endpoints are and how to prove the right to use them: the options every admin verb shares.</summary>
internal sealed record AdminConnection(Uri Url, string? Key, string Operator, TimeSpan Timeout)
{
    /// <summary>The environment variable the key is read from when <c>--key</c> is not given.</summary>
    public const string KeyVariable = "SANGUO_ADMIN_KEY";

    // Declared before the options that read it: static fields initialise in order.
    private static readonly Uri DefaultUrl = new("http://127.0.0.1:7401");

    public static readonly Option<Uri> UrlOption = new("--url")
    {
        Description = "The HTTP address of a silo or gateway (its Gateway:HttpPort).",
        DefaultValueFactory = _ => DefaultUrl,
        CustomParser = ParseUrl,
        Recursive = true,
    };

    public static readonly Option<string?> KeyOption = new("--key")
    {
        Description = $"The server's Admin:Key (default: ${KeyVariable}); prefer the variable, a command line is visible to others.",
        Recursive = true,
    };

    public static readonly Option<string> OperatorOption = new("--operator")
    {
        Description = "Who is acting, for the server's audit log.",
        DefaultValueFactory = _ => Environment.UserName,
        Recursive = true,
    };

    public static readonly Option<int> TimeoutOption = new("--timeout-ms")
    {
        Description = "Give up after this many milliseconds.",
        DefaultValueFactory = _ => 30_000,
        Recursive = true,
    };

    public static AdminConnection From(ParseResult parse) => new(
        parse.GetValue(UrlOption)!,
        // Read here rather than as the option's default, which --help would print.
        parse.GetValue(KeyOption) ?? Environment.GetEnvironmentVariable(KeyVariable),
        parse.GetValue(OperatorOption) ?? "",
        TimeSpan.FromMilliseconds(parse.GetValue(TimeoutOption)));

    // System.CommandLine has no built-in conversion to Uri.
    private static Uri ParseUrl(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return DefaultUrl;
        }

        var text = result.Tokens[0].Value;
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            return url;
        }

        result.AddError($"--url takes an absolute http:// or https:// address, not '{text}'.");
        return DefaultUrl; // never used: the error stops the command before its action runs

    }
}
