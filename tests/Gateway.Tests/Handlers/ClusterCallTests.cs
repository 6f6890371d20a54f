using Orleans.Runtime;
using SanguoOrleans.Gateway.Handlers;

namespace SanguoOrleans.Gateway.Tests.Handlers;

public class ClusterCallTests
{
    public static TheoryData<Exception, bool> Failures => new()
    {
        { new TimeoutException(), true },
        { new OrleansException("send failed", new OrleansException("inner", new TimeoutException())), true },
        { new SiloUnavailableException(), true },
        { new OrleansException("wrapped", new TimeoutException()), true },
        { new OrleansException("plain"), false },
        { new ArgumentException("bad request"), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void IsTransient_TellsClusterFailuresFromRequestFailures(Exception failure, bool transient) =>
        Assert.Equal(transient, ClusterCall.IsTransient(failure));

    [Fact]
    public async Task RetryAsync_RetriesTransientFailuresUntilTheCallSucceeds()
    {
        var attempts = 0;

        var result = await ClusterCall.RetryAsync(
            () => ++attempts < 3 ? Task.FromException<int>(new SiloUnavailableException()) : Task.FromResult(42),
            TimeSpan.FromSeconds(10),
            CancellationToken.None);

        Assert.Equal(42, result);
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task RetryAsync_DoesNotRetryARequestFailure()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<ArgumentException>(() => ClusterCall.RetryAsync<int>(
            () => { attempts++; throw new ArgumentException("bad"); },
            TimeSpan.FromSeconds(10),
            CancellationToken.None));

        Assert.Equal(1, attempts);
    }
}
