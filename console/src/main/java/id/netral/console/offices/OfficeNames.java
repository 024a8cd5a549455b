package id.netral.console.offices;

import id.netral.console.services.AdminViews.Office;
import id.netral.console.services.NotificationDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.Map;

/**
 * The OPDs by name, as notification-service's directory names them, for every page that shows an office: the reports
 * and recommendations carry only its code. Read once per request, with the signed-in person's token.
 */
@RequestScoped
public class OfficeNames {
    private static final Logger LOG = Logger.getLogger(OfficeNames.class);
    /** The largest page notification-service answers; Kota Kupang has far fewer offices */
    private static final int ALL_OFFICES = 200;

    @Inject
    @RestClient
    NotificationDirectory directory;

    private Map<String, String> names;

    /** The name of the office with this code (see {@link #words}). */
    public String of(String code) {
        return words(code, all());
    }

    /**
     * The names by code, the dissolved offices too: a case may name an office dissolved since. When the directory
     * cannot be read the codes stand for the names, so a case stays workable while notification-service is away.
     */
    public Map<String, String> all() {
        if (names == null) {
            Map<String, String> read = new HashMap<>();
            try {
                for (Office office : directory.offices(true, 0, ALL_OFFICES).items()) {
                    read.put(office.code(), office.name());
                }
            } catch (ProcessingException | WebApplicationException e) {
                LOG.warnf("the OPD directory could not be read, offices are shown by code: %s", e.getMessage());
            }
            names = read;
        }
        return names;
    }

    /**
     * An OPD by its name; a code the directory does not know (the report named an office that is not in it) stays as
     * the report gave it, since it is all that is known of that office.
     */
    public static String words(String code, Map<String, String> names) {
        if (code == null || code.isBlank() || code.equals("-")) {
            return "OPD tidak diketahui";
        }
        return names.getOrDefault(code, code);
    }
}
