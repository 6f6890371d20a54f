using System.CommandLine;

namespace SanguoOrleans.Cli.Commands.Admin;

/// <summary><c>sanguo admin grant</c> and <c>deduct</c>: one idempotent wallet operation on a user's balance.</summary>
internal static class WalletVerbs
{
    public static Command Create(bool deduct)
    {
        var user = new Option<Guid>("--user") { Description = "The user id.", Required = true };
        var amount = new Option<long>("--amount") { Description = "How much, a positive whole number.", Required = true };
        var currency = new Option<string>("--currency") { Description = "tongqian (铜钱) or yuanbao (元宝).", DefaultValueFactory = _ => "tongqian" };
        currency.AcceptOnlyFromAmong("tongqian", "yuanbao");
        var reason = new Option<string>("--reason") { Description = "Why, for the ledger (1 to 128 characters).", Required = true };
        var operationId = new Option<string>("--operation-id")
        {
            Description = "Makes the call idempotent: a retry with the same id never applies twice. Default: a fresh id, printed.",
            DefaultValueFactory = _ => "admin-" + Guid.NewGuid().ToString("N"),
        };
        var command = deduct
            ? new Command("deduct", "Takes currency from a user (refused when the balance is short).")
            : new Command("grant", "Gives currency to a user.");
        foreach (var option in new Option[] { user, amount, currency, reason, operationId })
        {
            command.Options.Add(option);
        }

        AdminCommand.Send(command, parse =>
        {
            var id = parse.GetValue(operationId)!;
            var body = new { Currency = parse.GetValue(currency), Amount = parse.GetValue(amount), Reason = parse.GetValue(reason), OperationId = id };
            return new AdminRequest(HttpMethod.Post, $"users/{parse.GetValue(user)}/{command.Name}", body) { OperationId = id };
        });
        return command;
    }
}
