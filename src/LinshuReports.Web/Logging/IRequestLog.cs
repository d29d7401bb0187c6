namespace LinshuReports.Web.Logging;

/// <summary>Where request lines go. Writing one never waits on the log's output.</summary>
public interface IRequestLog
{
    void Write(in RequestLogLine line);
}
