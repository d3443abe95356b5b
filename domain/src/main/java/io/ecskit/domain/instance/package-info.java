/** EC2 (and external) container instances registered to clusters, their resources and attributes. */
package io.ecskit.domain.instance;
