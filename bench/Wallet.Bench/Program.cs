using System.Globalization;
using MySqlConnector;
using SanguoOrleans.Grains.Storage;
using SanguoOrleans.Wallet.Bench;

// Durable wallet operations per second beside raw single-row commits on the same server, in one run, at each
// concurrency; the ratio is the figure (target: at least 0.5). The two workloads alternate in short slices, so
// load from anything else on the machine falls on both alike.
const int Slices = 5;

var options = BenchOptions.Parse(args);
await MySqlSchema.ApplyAsync(options.ConnectionString).ConfigureAwait(false);
var dataSource = new MySqlDataSource(options.ConnectionString);
await using (dataSource.ConfigureAwait(false))
{
    var raw = new RawCommitWorkload(dataSource);
    var wallet = new WalletWorkload(dataSource);
    await raw.CreateAsync().ConfigureAwait(false);
    try
    {
        Console.WriteLine($"MariaDB {await ServerVersionAsync(dataSource).ConfigureAwait(false)}, {Environment.ProcessorCount} processors; " +
            $"per concurrency {options.WarmUp.TotalSeconds:0} s warm-up, then {options.Duration.TotalSeconds:0} s of each workload in {Slices} alternating slices");
        Console.WriteLine();
        Console.WriteLine("| callers | raw commits/s | raw p50 ms | raw p99 ms | wallet ops/s | wallet p50 ms | wallet p99 ms | ratio wallet/raw |");
        Console.WriteLine("|--------:|--------------:|-----------:|-----------:|-------------:|--------------:|--------------:|-----------------:|");
        foreach (var callers in options.Concurrencies)
        {
            wallet.PrepareCallers(callers);
            await ClosedLoop.RunAsync(callers, options.WarmUp / 2, raw.InsertAsync, tally: null).ConfigureAwait(false);
            await ClosedLoop.RunAsync(callers, options.WarmUp / 2, wallet.ApplyAsync, tally: null).ConfigureAwait(false);
            var (rawTally, walletTally) = (new Tally(), new Tally());
            for (var slice = 0; slice < Slices; slice++)
            {
                await ClosedLoop.RunAsync(callers, options.Duration / Slices, raw.InsertAsync, rawTally).ConfigureAwait(false);
                await ClosedLoop.RunAsync(callers, options.Duration / Slices, wallet.ApplyAsync, walletTally).ConfigureAwait(false);
            }

            var (rawResult, walletResult) = (rawTally.Measure(), walletTally.Measure());
            Console.WriteLine($"| {callers} | {rawResult.PerSecond:0} | {Ms(rawResult.P50)} | {Ms(rawResult.P99)} " +
                $"| {walletResult.PerSecond:0} | {Ms(walletResult.P50)} | {Ms(walletResult.P99)} | {walletResult.PerSecond / rawResult.PerSecond:0.00} |");
        }
    }
    finally
    {
        await raw.DropAsync().ConfigureAwait(false);
        await wallet.DeleteUsersAsync().ConfigureAwait(false);
    }

    if (wallet.Refused > 0)
    {
        await Console.Error.WriteLineAsync($"{wallet.Refused} wallet operations were refused; the figures are not valid.").ConfigureAwait(false);
        return 1;
    }
}

return 0;

static string Ms(TimeSpan latency) => latency.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture);

static async Task<string> ServerVersionAsync(MySqlDataSource dataSource)
{
    // VERSION(), not ServerVersion: MariaDB prefixes the latter with "5.5.5-" for old clients.
    var connection = await dataSource.OpenConnectionAsync().ConfigureAwait(false);
    await using (connection.ConfigureAwait(false))
    {
        var command = new MySqlCommand("SELECT VERSION()", connection);
        await using (command.ConfigureAwait(false))
        {
            return (string)(await command.ExecuteScalarAsync().ConfigureAwait(false))!;
        }
    }
}
