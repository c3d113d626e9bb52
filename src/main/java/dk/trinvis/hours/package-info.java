/**
 * Opening hours (OpenStreetMap opening_hours syntax), Danish public holidays and Copenhagen
 * time. Mostly internal to Trinvis; the small value types ({@link dk.trinvis.hours.OpeningHours},
 * {@link dk.trinvis.hours.HoursSchedule}, {@link dk.trinvis.hours.DatedHours},
 * {@link dk.trinvis.hours.DanishHolidays}) are public.
 */
package dk.trinvis.hours;
