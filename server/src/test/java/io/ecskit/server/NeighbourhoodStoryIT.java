package io.ecskit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecskit.adapter.aws.testing.AwsCli;
import io.ecskit.adapter.aws.testing.Boto3;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25's whole story through {@code ecskit server}, told by boto3 (a client nobody here wrote) over each service's own
 * protocol: ELB's query protocol, ECS's and Application Auto Scaling's JSON 1.1, CloudWatch's CBOR, EventBridge's and
 * CloudWatch Logs' JSON; the clock, the traffic and the failing release scripted through {@code /_ecskit/}. A service
 * behind an ALB scales out on ALBRequestCountPerTarget, a blue/green deployment moves the production rule to green, the
 * 5xx alarm fires and the deployment rolls back, and the EventBridge rule's log group tells all of it.
 */
class NeighbourhoodStoryIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void boto3_tellsTheWholeStory_againstTheServer() throws Exception {
        Boto3 boto3 = Boto3.get();
        try (InMemoryEcsServer server = InMemoryEcsServer.start()) {
            String control = "import urllib.request, urllib.parse\n"
                    + "def control(path):\n"
                    + "    request = urllib.request.Request('" + server.endpoint().resolve("/_ecskit/") + "' + path, method='POST', "
                    + "headers={'X-Ecskit-Control-Token': '" + server.controlToken().get() + "'})\n"
                    + "    return json.loads(urllib.request.urlopen(request).read())\n"
                    + "def advance(seconds):\n"
                    + "    control('clock/advance?seconds=%d' % seconds)\n";
            AwsCli.Result result = boto3.run(server.endpoint(), server.region(), control + """
                    elb, ecs, aas, cw, events, logs = (client(s) for s in ('elbv2', 'ecs', 'application-autoscaling', 'cloudwatch', 'events', 'logs'))
                    account = client('sts').get_caller_identity()['Account']
                    logs.create_log_group(logGroupName='/aws/events/story')
                    events.put_rule(Name='story', EventPattern=json.dumps({'source': ['aws.ecs', 'aws.cloudwatch']}))
                    events.put_targets(Rule='story', Targets=[{'Id': 'log', 'Arn': 'arn:aws:logs:us-east-1:%s:log-group:/aws/events/story' % account}])

                    lb = elb.create_load_balancer(Name='web', Subnets=['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'])['LoadBalancers'][0]
                    groups = [elb.create_target_group(Name=n, Protocol='HTTP', Port=80, VpcId=lb['VpcId'], TargetType='ip')['TargetGroups'][0]
                              for n in ('blue', 'green')]
                    blue, green = groups[0]['TargetGroupArn'], groups[1]['TargetGroupArn']
                    forward = [{'Type': 'forward', 'TargetGroupArn': blue}]
                    listener = elb.create_listener(LoadBalancerArn=lb['LoadBalancerArn'], Protocol='HTTP', Port=80, DefaultActions=forward)['Listeners'][0]
                    rule = elb.create_rule(ListenerArn=listener['ListenerArn'], Priority=1, Actions=forward,
                                           Conditions=[{'Field': 'path-pattern', 'Values': ['/*']}])['Rules'][0]['RuleArn']
                    def green_weight():
                        action = elb.describe_rules(RuleArns=[rule])['Rules'][0]['Actions'][0]
                        tuples = action.get('ForwardConfig', {}).get('TargetGroups') or [{'TargetGroupArn': action['TargetGroupArn'], 'Weight': 1}]
                        total = sum(t.get('Weight', 1) for t in tuples)
                        return 100 * sum(t.get('Weight', 1) for t in tuples if t['TargetGroupArn'] == green) // total if total else 0

                    lb_dimension = lb['LoadBalancerArn'].split(':loadbalancer/')[1]
                    cw.put_metric_alarm(AlarmName='web-5xx', Namespace='AWS/ApplicationELB', MetricName='HTTPCode_Target_5XX_Count',
                                        Dimensions=[{'Name': 'LoadBalancer', 'Value': lb_dimension}], Statistic='Sum', Period=60,
                                        EvaluationPeriods=1, Threshold=10, ComparisonOperator='GreaterThanThreshold', TreatMissingData='notBreaching')

                    ecs.create_cluster(clusterName='shop')
                    def definition(image):
                        return ecs.register_task_definition(family='web', requiresCompatibilities=['FARGATE'], networkMode='awsvpc', cpu='256',
                            memory='512', containerDefinitions=[{'name': 'web', 'image': image, 'portMappings': [{'containerPort': 80}]}])
                    definition('public.ecr.aws/docker/library/httpd:2.4')
                    ecs.create_service(cluster='shop', serviceName='web', taskDefinition='web', desiredCount=2, launchType='FARGATE',
                        networkConfiguration={'awsvpcConfiguration': {'subnets': ['subnet-0123456789abcdef0'], 'securityGroups': ['sg-0123456789abcdef0']}},
                        loadBalancers=[{'targetGroupArn': blue, 'containerName': 'web', 'containerPort': 80, 'advancedConfiguration': {
                            'alternateTargetGroupArn': green, 'productionListenerRule': rule,
                            'roleArn': 'arn:aws:iam::%s:role/ecsInfrastructure' % account}}])
                    advance(480)
                    healthy_blue = [t['TargetHealth']['State'] for t in elb.describe_target_health(TargetGroupArn=blue)['TargetHealthDescriptions']]

                    # 1. 40 requests a second through the production rule: 1,200 a minute per target against a target of 600
                    target = dict(ServiceNamespace='ecs', ScalableDimension='ecs:service:DesiredCount', ResourceId='service/shop/web')
                    aas.register_scalable_target(MinCapacity=2, MaxCapacity=8, **target)
                    label = lb_dimension + '/' + blue.split(':')[-1]
                    aas.put_scaling_policy(PolicyName='requests', PolicyType='TargetTrackingScaling', **target,
                        TargetTrackingScalingPolicyConfiguration={'TargetValue': 600.0, 'ScaleOutCooldown': 300, 'ScaleInCooldown': 300,
                            'PredefinedMetricSpecification': {'PredefinedMetricType': 'ALBRequestCountPerTarget', 'ResourceLabel': label}})
                    control('requests?arn=%s&perSecond=40' % urllib.parse.quote(rule, safe=''))
                    advance(900)
                    scaled = ecs.describe_services(cluster='shop', services=['web'])['services'][0]['desiredCount']

                    # 2. a release that fails half its requests, deployed blue/green, watched by the 5xx alarm
                    definition('public.ecr.aws/docker/library/httpd:2.5')
                    control('faults/requests?image=%s&fraction=0.5' % urllib.parse.quote('public.ecr.aws/docker/library/httpd:2.5', safe=''))
                    deployment = ecs.update_service(cluster='shop', service='web', taskDefinition='web', deploymentConfiguration={
                        'strategy': 'BLUE_GREEN', 'bakeTimeInMinutes': 10,
                        'alarms': {'alarmNames': ['web-5xx'], 'enable': True, 'rollback': True}})['service']['deployments'][0]['id']
                    shifted = False
                    for _ in range(90):
                        advance(10)
                        if green_weight() == 100:
                            shifted = True
                            break
                    advance(240)
                    after = ecs.describe_services(cluster='shop', services=['web'])['services'][0]
                    start = datetime.datetime(2020, 1, 1)
                    advance(1200)
                    logged = []
                    for page in logs.get_paginator('filter_log_events').paginate(logGroupName='/aws/events/story'):
                        logged.extend(json.loads(e['message']) for e in page['events'])
                    story = [e['detail'].get('eventName') or ('%s %s' % (e['detail'].get('alarmName'), e['detail'].get('state', {}).get('value')))
                             for e in logged if e['detail-type'] in ('ECS Deployment State Change', 'CloudWatch Alarm State Change')]
                    print(json.dumps({'healthyBlue': healthy_blue, 'scaled': scaled, 'shifted': shifted, 'weightAfter': green_weight(),
                                      'taskDefinition': after['taskDefinition'], 'desiredAfter': after['desiredCount'], 'deployment': deployment,
                                      'events': [e['message'] for e in after['events']][:40], 'story': story, 'logged': len(logged)}))
                    """);

            assertThat(result.exitCode()).as(result.stderr()).isZero();
            JsonNode answer = JSON.readTree(result.stdout());
            assertThat(answer.get("healthyBlue")).hasSize(2).allMatch(s -> s.asText().equals("healthy"));
            assertThat(answer.get("scaled").asInt()).as("ceil(2 × 1,200 / 600)").isEqualTo(4);
            assertThat(answer.get("shifted").asBoolean()).as("the production rule sent green all traffic").isTrue();
            assertThat(answer.get("weightAfter").asInt()).as("rolled back: blue has the traffic again").isZero();
            assertThat(answer.get("taskDefinition").asText()).endsWith("task-definition/web:1");
            assertThat(answer.get("desiredAfter").asInt()).isEqualTo(4);
            assertThat(answer.get("events").toString()).contains("web-5xx");
            java.util.List<String> story = new java.util.ArrayList<>();
            answer.get("story").forEach(e -> story.add(e.asText()));
            assertThat(story).containsSubsequence("SERVICE_DEPLOYMENT_IN_PROGRESS", "web-5xx ALARM", "SERVICE_DEPLOYMENT_FAILED", "web-5xx OK");
            assertThat(story).anyMatch(e -> e.matches("TargetTracking-service/shop/web-AlarmHigh-.* ALARM"));
            assertThat(answer.get("logged").asInt()).isGreaterThan(40);
        }
    }
}
