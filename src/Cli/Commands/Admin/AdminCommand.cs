using System.CommandLine;

namespace SanguoOrleans.Cli.Commands.Admin;

/// <summary><c>sanguo admin</c>: the operator (GM) verbs, each one request to a server's /admin endpoints and one JSON line.</summary>
internal static class AdminCommand
{
    public static Command Create()
    {
        var command = new Command("admin", $"Operator tools against a silo or gateway's /admin endpoints (needs its Admin:Key, from --key or ${AdminConnection.KeyVariable}).")
        {
            AdminConnection.UrlOption,
            AdminConnection.KeyOption,
            AdminConnection.OperatorOption,
            AdminConnection.TimeoutOption,
            UserVerb.Create(),
            WalletVerbs.Create(deduct: false),
            WalletVerbs.Create(deduct: true),
            LedgerVerb.Create(),
            ReconcileVerb.Create(),
            KickVerb.Create(),
            BanVerbs.Create(ban: true),
            BanVerbs.Create(ban: false),
        };
        return command;
    }

    /// <summary>Gives <paramref name="verb"/> an action that sends one request and prints its line.</summary>
    public static void Send(Command verb, Func<ParseResult, AdminRequest> request)
    {
        verb.SetAction(async (parse, cancellationToken) =>
        {
            var connection = AdminConnection.From(parse);
            var wanted = request(parse);
            var line = wanted.Invalid is { } invalid
                ? AdminLine.Failure("invalid_argument", invalid, AdminLine.ExitNotAnswered)
                : await AdminClient.SendAsync(connection, wanted.Method, wanted.Path, wanted.Body, cancellationToken).ConfigureAwait(false);
            if (wanted.OperationId is { } operationId)
            {
                line.With("operation_id", operationId);
            }

            return line.Print();
        });
    }
}
