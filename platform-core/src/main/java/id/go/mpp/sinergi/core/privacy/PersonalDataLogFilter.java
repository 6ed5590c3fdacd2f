package id.go.mpp.sinergi.core.privacy;

import io.quarkus.logging.LoggingFilter;
import org.jboss.logmanager.ExtLogRecord;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Keeps NIKs and phone numbers out of the logs (UU 27/2022 PDP): every log line, including the stack
 * trace of a logged exception, is formatted here with such numbers masked. Every handler type names it in the core's
 * defaults ({@code quarkus.log.<type>.filter=sinergi-personal-data}); {@link PersonalDataLogGuard} adds it to the rest.
 */
@LoggingFilter(name = "sinergi-personal-data")
public final class PersonalDataLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        ExtLogRecord ext = ExtLogRecord.wrap(record);
        String message = ext.getFormattedMessage();
        Throwable thrown = ext.getThrown();
        if (thrown != null) {
            StringWriter trace = new StringWriter();
            thrown.printStackTrace(new PrintWriter(trace));
            message = (message == null ? "" : message) + System.lineSeparator() + trace.toString().stripTrailing();
            ext.setThrown(null);
        }
        ext.setMessage(Masking.personalDataIn(message), ExtLogRecord.FormatStyle.NO_FORMAT);
        ext.setParameters(null);
        return true;
    }
}
