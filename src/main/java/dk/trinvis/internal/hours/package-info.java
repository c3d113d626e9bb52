/**
 * Opening hours (OpenStreetMap opening_hours syntax) and Danish public holidays.
 *
 * <p>Internal to Trinvis: not exported by the module, not a supported API. A decision reports
 * whether an offer is open and when it opens or closes, never a schedule.
 */
@NullMarked
package dk.trinvis.internal.hours;

import org.jspecify.annotations.NullMarked;
