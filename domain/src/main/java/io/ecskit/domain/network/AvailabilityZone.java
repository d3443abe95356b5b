package io.ecskit.domain.network;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes Availability Zones, Local Zones, and Wavelength Zones. Source: EC2 API reference (AvailabilityZone).
 *
 * @param optInStatus For Availability Zones, this parameter always has the value of opt-in-not-required .
 * @param messages Any messages about the Availability Zone, Local Zone, or Wavelength Zone.
 * @param regionName The name of the Region.
 * @param zoneName The name of the Availability Zone, Local Zone, or Wavelength Zone.
 * @param zoneId The ID of the Availability Zone, Local Zone, or Wavelength Zone.
 * @param groupName The name of the zone group.
 * @param networkBorderGroup The name of the network border group.
 * @param zoneType The type of zone.
 * @param parentZoneName The name of the zone that handles some of the Local Zone or Wavelength Zone control plane operations, such as API calls.
 * @param parentZoneId The ID of the zone that handles some of the Local Zone or Wavelength Zone control plane operations, such as API calls.
 * @param groupLongName The long name of the Availability Zone group, Local Zone group, or Wavelength Zone group.
 * @param geography The geography information for the Availability Zone or Local Zone.
 * @param subGeography The sub-geography information for the Availability Zone or Local Zone.
 * @param state The state of the Availability Zone, Local Zone, or Wavelength Zone.
 */
@Value.Builder
public record AvailabilityZone(
        Option<AvailabilityZoneOptInStatus> optInStatus,
        List<AvailabilityZoneMessage> messages,
        Option<String> regionName,
        Option<String> zoneName,
        Option<String> zoneId,
        Option<String> groupName,
        Option<String> networkBorderGroup,
        Option<String> zoneType,
        Option<String> parentZoneName,
        Option<String> parentZoneId,
        Option<String> groupLongName,
        List<AvailabilityZoneGeography> geography,
        List<AvailabilityZoneSubGeography> subGeography,
        Option<AvailabilityZoneState> state) {

    /** A builder with every optional component absent and every list empty. */
    public static AvailabilityZoneBuilder builder() {
        return new AvailabilityZoneBuilder();
    }

    /** A builder holding this record's values. */
    public AvailabilityZoneBuilder toBuilder() {
        return new AvailabilityZoneBuilder().from(this);
    }
}
